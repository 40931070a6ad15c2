/**
 * Maps one line's cells onto plan fields using the current header, taking the row marker out.
 * Cells under a header the importer does not know are kept by that header (user columns).
 */
import { DEFAULT_ROLES, type Field, type Role } from "./columns";
import { leadingMarker, wholeMarker, type Marker } from "./markers";

export interface Header {
  roles: readonly Role[];
  /** The header cells as written, one per role. */
  labels: readonly string[];
}

export interface RowCells {
  marker: Marker | null;
  fields: Partial<Record<Field, string>>;
  /** Cells of unknown columns, by their header. */
  user: Record<string, string>;
}

function assign(roles: readonly Role[], labels: readonly string[], cells: readonly string[]): Omit<RowCells, "marker"> {
  const fields: Partial<Record<Field, string>> = {};
  const user: Record<string, string> = {};
  roles.forEach((role, index) => {
    const cell = cells[index]?.trim() ?? "";
    if (cell === "" || role === "marker" || role === "blank") return;
    if (role === "other") {
      const label = labels[index] ?? "";
      if (label !== "") user[label] = user[label] ? `${user[label]} ${cell}` : cell;
      return;
    }
    fields[role] = fields[role] ? `${fields[role]} ${cell}` : cell;
  });
  return { fields, user };
}

export function rowCells(cells: readonly string[], header: Header | null): RowCells {
  const roles = header?.roles ?? DEFAULT_ROLES;
  const labels = header?.labels ?? [];
  const markerColumn = roles.indexOf("marker");
  if (markerColumn >= 0) {
    // An explicit "No." / "Ref" column: cells line up with the header one for one.
    const markerCell = cells[markerColumn] ?? "";
    return { marker: markerCell === "" ? null : wholeMarker(markerCell), ...assign(roles, labels, cells) };
  }
  // Annex II style: an unnamed marker column (sometimes a blank header cell, sometimes none).
  const kept = roles.map((role, index) => ({ role, label: labels[index] ?? "" })).filter((column) => column.role !== "blank");
  const dataRoles = kept.map((column) => column.role);
  const dataLabels = kept.map((column) => column.label);
  const [first = "", ...rest] = cells;
  const whole = first === "" ? null : wholeMarker(first);
  if (whole) return { marker: whole, ...assign(dataRoles, dataLabels, rest) };
  const leading = first === "" ? null : leadingMarker(first);
  if (leading) return { marker: leading.marker, ...assign(dataRoles, dataLabels, [leading.rest, ...rest]) };
  const data = first === "" && cells.length > dataRoles.length ? rest : cells;
  return { marker: null, ...assign(dataRoles, dataLabels, data) };
}
