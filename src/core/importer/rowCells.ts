/**
 * Maps one line's cells onto plan fields using the current header, taking the row marker out.
 */
import { DEFAULT_ROLES, type Field, type Role } from "./columns";
import { leadingMarker, wholeMarker, type Marker } from "./markers";

export interface RowCells {
  marker: Marker | null;
  fields: Partial<Record<Field, string>>;
}

function assign(roles: readonly Role[], cells: readonly string[]): Partial<Record<Field, string>> {
  const fields: Partial<Record<Field, string>> = {};
  roles.forEach((role, index) => {
    const cell = cells[index]?.trim() ?? "";
    if (cell === "" || role === "marker" || role === "other" || role === "blank") return;
    fields[role] = fields[role] ? `${fields[role]} ${cell}` : cell;
  });
  return fields;
}

export function rowCells(cells: readonly string[], header: readonly Role[] | null): RowCells {
  const roles = header ?? DEFAULT_ROLES;
  const markerColumn = roles.indexOf("marker");
  if (markerColumn >= 0) {
    // An explicit "No." / "Ref" column: cells line up with the header one for one.
    const markerCell = cells[markerColumn] ?? "";
    return { marker: markerCell === "" ? null : wholeMarker(markerCell), fields: assign(roles, cells) };
  }
  // Annex II style: an unnamed marker column (sometimes a blank header cell, sometimes none).
  const dataRoles = roles.filter((role) => role !== "blank");
  const [first = "", ...rest] = cells;
  const whole = first === "" ? null : wholeMarker(first);
  if (whole) return { marker: whole, fields: assign(dataRoles, rest) };
  const leading = first === "" ? null : leadingMarker(first);
  if (leading) return { marker: leading.marker, fields: assign(dataRoles, [leading.rest, ...rest]) };
  const data = first === "" && cells.length > dataRoles.length ? rest : cells;
  return { marker: null, fields: assign(dataRoles, data) };
}
