/**
 * Row assembler: walks the classified lines, keeps track of the pillar and the header in force,
 * starts a row at each marker and joins wrapped and page-split cells onto the row above.
 */
import type { Layout } from "./cells";
import { classifyLine } from "./classify";
import { FIELDS, type Role } from "./columns";
import { rowCells, type RowCells } from "./rowCells";
import type { DraftRow, UnplacedLine } from "./types";

const LAYOUT_NAMES: Record<Layout, string> = { tab: "tabs", pipe: '"|"', spaces: "runs of spaces", none: "none" };

function startsRow({ marker, fields }: RowCells): boolean {
  // A row whose letter the text lost still has its action, target and RSP or KPI cells.
  return marker !== null || Boolean(fields.action && fields.target && (fields.rsp || fields.kpi));
}

function appendTo(row: DraftRow, fields: RowCells["fields"]): void {
  for (const field of FIELDS) {
    const text = fields[field];
    if (text) row.fields[field] = row.fields[field] ? `${row.fields[field]} ${text}` : text;
  }
}

export function assembleRows(text: string): { drafts: DraftRow[]; unplaced: UnplacedLine[] } {
  const drafts: DraftRow[] = [];
  const unplaced: UnplacedLine[] = [];
  let header: Role[] | null = null;
  let tableLayout: Layout | null = null;
  let pillar: number | null = null;
  let current: DraftRow | null = null;
  let started = false;

  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = index + 1;
    const place = (reason: string) => unplaced.push({ line, text: raw.trim(), reason });
    const kind = classifyLine(raw);
    switch (kind.kind) {
      case "blank":
      case "rule":
        return;
      case "header":
        header = kind.roles;
        tableLayout = kind.layout;
        started = true;
        return;
      case "pillar":
        pillar = kind.pillar;
        current = null;
        started = true;
        return;
      case "text":
        if (!started) {
          if (!/\bplan\b/i.test(kind.text)) place("text before the table: no header row or pillar heading yet");
          return;
        }
        if (current && (tableLayout === null || tableLayout === "spaces" || tableLayout === "none")) {
          appendTo(current, { action: kind.text });
          return;
        }
        place(
          current && tableLayout
            ? `not a table row: it has no column separators (the table uses ${LAYOUT_NAMES[tableLayout]})`
            : "text outside any row",
        );
        return;
      case "cells": {
        tableLayout ??= kind.layout;
        const cells = rowCells(kind.cells, header);
        if (startsRow(cells)) {
          const marker = cells.marker;
          if (marker?.kind === "ref") pillar = marker.pillar;
          if (pillar === null) {
            current = null;
            place('row before any pillar heading: expected a heading such as "1. Support the implementation …" above it');
            return;
          }
          current = { line, pillar, marker, fields: { ...cells.fields } };
          drafts.push(current);
          started = true;
          return;
        }
        if (!current) {
          place(started ? "cells with no row above them to continue" : "text before the table: no header row or pillar heading yet");
          return;
        }
        appendTo(current, cells.fields);
        return;
      }
    }
  });
  return { drafts, unplaced };
}
