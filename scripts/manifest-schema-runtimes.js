/**
 * The shared offline XSDs (../shared/manifest-schemas) predate the <Runtimes> element that a
 * shared runtime needs (https://learn.microsoft.com/javascript/api/manifest/runtimes,
 * https://learn.microsoft.com/javascript/api/manifest/runtime): a Host may start with
 * <Runtimes>, holding one or more <Runtime resid="…" lifetime="short|long"> with an optional
 * <Override>. This writes a copy of those XSDs with exactly that added to the Host type, so
 * xmllint still checks everything else (order, required elements, enums) as before.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");

const HOST_SEQUENCE = /(<xs:complexType name="Host" abstract="true">[\s\S]*?<xs:sequence>)/;

const RUNTIME_TYPES = `
  <xs:complexType name="Runtimes">
    <xs:sequence>
      <xs:element name="Runtime" type="Runtime" minOccurs="1" maxOccurs="unbounded" />
    </xs:sequence>
  </xs:complexType>
  <xs:complexType name="RuntimeOverride">
    <xs:attribute name="type" type="xs:string" use="required" />
    <xs:attribute name="resid" type="bt:ReferenceId" use="required" />
  </xs:complexType>
  <xs:complexType name="Runtime">
    <xs:sequence>
      <xs:element name="Override" type="RuntimeOverride" minOccurs="0" maxOccurs="1" />
    </xs:sequence>
    <xs:attribute name="resid" type="bt:ReferenceId" use="required" />
    <xs:attribute name="lifetime" use="optional">
      <xs:simpleType>
        <xs:restriction base="xs:string">
          <xs:enumeration value="short" />
          <xs:enumeration value="long" />
        </xs:restriction>
      </xs:simpleType>
    </xs:attribute>
  </xs:complexType>
`;

/** The TaskPane VersionOverrides XSD text with Runtimes allowed first in every Host. */
function withRuntimes(xsd) {
  if (/name="Runtimes"/.test(xsd)) return xsd;
  if (!HOST_SEQUENCE.test(xsd)) throw new Error("TaskPaneAppVersionOverridesV1_0.xsd has no Host type to extend");
  return xsd
    .replace(HOST_SEQUENCE, `$1\n      <xs:element name="Runtimes" type="Runtimes" minOccurs="0" maxOccurs="1" />`)
    .replace(/<\/xs:schema>\s*$/, `${RUNTIME_TYPES}</xs:schema>\n`);
}

/** Copies the schema directory with the Runtimes patch; returns the path of the main XSD in the copy. */
function schemaWithRuntimes(schemaPath) {
  const source = path.dirname(schemaPath);
  const target = fs.mkdtempSync(path.join(os.tmpdir(), "manifest-schemas-"));
  for (const name of fs.readdirSync(source).filter((n) => n.endsWith(".xsd"))) {
    const text = fs.readFileSync(path.join(source, name), "utf8");
    fs.writeFileSync(path.join(target, name), name === "TaskPaneAppVersionOverridesV1_0.xsd" ? withRuntimes(text) : text);
  }
  return path.join(target, path.basename(schemaPath));
}

module.exports = { withRuntimes, schemaWithRuntimes };
