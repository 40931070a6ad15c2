/**
 * Members and RSP tables from CSV files (`kpi-tracker new --members … --rsp …`): headers in any
 * order and case, every broken row named by its line. Pure: text in, records or an error out.
 */
import { CsvError, readCsvTable } from "./csv";
import type { MemberRecord, RspRecord } from "./records";

export function readMembersCsv(text: string, file = "the Members file"): MemberRecord[] {
  const table = readCsvTable(
    text,
    [
      { key: "code", names: ["code", "member code", "iso code"], required: true },
      { key: "name", names: ["name", "member", "member name", "country"], required: true },
      { key: "subregion", names: ["subregion", "sub-region", "region"], required: false },
    ],
    file
  );
  const seen = new Map<string, number>();
  return table.rows.map(({ line, values }) => {
    const code = values.code.toUpperCase();
    if (code === "") throw new CsvError(`${file} line ${line}: the Code is empty (each Member needs a code such as "ID")`, line);
    if (/\s|,/.test(code)) throw new CsvError(`${file} line ${line}: Code "${values.code}" has spaces or commas; use a short code such as "ID"`, line);
    const before = seen.get(code);
    if (before !== undefined) throw new CsvError(`${file} line ${line}: Code "${code}" is already on line ${before}`, line);
    seen.set(code, line);
    if (values.name === "") throw new CsvError(`${file} line ${line}: Member ${code} has no Name`, line);
    return { code, name: values.name, subregion: values.subregion };
  });
}

export function readRspCsv(text: string, file = "the RSP file"): RspRecord[] {
  const table = readCsvTable(
    text,
    [
      { key: "objective", names: ["objective", "rsp objective", "strategic objective"], required: true },
      { key: "milestone", names: ["milestone", "milestone number", "no.", "no"], required: true },
      { key: "description", names: ["description", "milestone description", "text"], required: false },
    ],
    file
  );
  const seen = new Map<string, number>();
  return table.rows.map(({ line, values }) => {
    if (!/^\d+(\.\d+)*$/.test(values.objective)) {
      throw new CsvError(`${file} line ${line}: Objective "${values.objective}" is not a number such as 1.1.3`, line);
    }
    const milestone = Number(values.milestone);
    if (!/^\d+$/.test(values.milestone) || milestone < 1) {
      throw new CsvError(`${file} line ${line}: Milestone "${values.milestone}" is not a whole number such as 1, 2, 3`, line);
    }
    const key = `${values.objective}#${milestone}`;
    const before = seen.get(key);
    if (before !== undefined) throw new CsvError(`${file} line ${line}: ${values.objective} milestone ${milestone} is already on line ${before}`, line);
    seen.set(key, line);
    return { objective: values.objective, milestone, description: values.description };
  });
}
