/**
 * Row assembler: walks the classified lines, keeps track of the pillar and the header in force,
 * starts a row at each marker and joins wrapped and page-split cells onto the row above. Plans
 * written as numbered prose ("1.1 Publish …" then "Indicator: …", "Target: …" lines) are read
 * too. A text with no pillar headings at all puts its rows in pillar 1.
 */
import type { Layout } from "./cells";
import { classifyLine, type LineKind } from "./classify";
import { FIELDS, roleOf } from "./columns";
import { leadingMarker } from "./markers";
import { rowCells, type Header, type RowCells } from "./rowCells";
import type { DraftRow, SourceLine, UnplacedLine } from "./types";

const LAYOUT_NAMES: Record<Layout, string> = { tab: "tabs", pipe: '"|"', spaces: "runs of spaces", none: "none" };
const LABELLED = /^([A-Za-z][A-Za-z /&()-]{0,38}?)\s*:\s+(\S.*)$/;

function startsRow({ marker, fields }: RowCells): boolean {
  // A row whose letter the text lost still has its action, target and RSP or KPI cells.
  return marker !== null || Boolean(fields.action && fields.target && (fields.rsp || fields.kpi));
}

function appendTo(row: DraftRow, cells: Pick<RowCells, "fields"> & Partial<Pick<RowCells, "user">>): void {
  for (const field of FIELDS) {
    const text = cells.fields[field];
    if (text) row.fields[field] = row.fields[field] ? `${row.fields[field]} ${text}` : text;
  }
  for (const [label, text] of Object.entries(cells.user ?? {})) {
    row.user[label] = row.user[label] ? `${row.user[label]} ${text}` : text;
  }
}

/** "Indicator: Number of reports" under a prose row → that field; an unknown short label → a user column. */
function labelledCells(text: string): Pick<RowCells, "fields" | "user"> | null {
  const match = LABELLED.exec(text);
  if (!match || match[1].split(/\s+/).length > 4) return null;
  const label = match[1].trim();
  const role = roleOf(label);
  if (role === "marker" || role === "blank") return null;
  return role === "other" ? { fields: {}, user: { [label]: match[2].trim() } } : { fields: { [role]: match[2].trim() }, user: {} };
}

export interface Assembled {
  drafts: DraftRow[];
  unplaced: UnplacedLine[];
  /** Pillar titles from the text's headings, by pillar number. */
  pillars: Record<number, string>;
}

export function assembleRows(lines: readonly SourceLine[]): Assembled {
  const drafts: DraftRow[] = [];
  const unplaced: UnplacedLine[] = [];
  const pillars: Record<number, string> = {};
  const kinds: LineKind[] = lines.map((line) => classifyLine(line.text));
  const hasHeadings = kinds.some((kind) => kind.kind === "pillar");
  let header: Header | null = null;
  let tableLayout: Layout | null = null;
  let pillar: number | null = hasHeadings ? null : 1;
  let current: DraftRow | null = null;
  let started = false;
  // A pillar's title is the heading its first row sits under (a document's "1. Vision" above the table is none).
  let heading: { pillar: number; title: string } | null = null;

  const startRow = (line: number, cells: RowCells, place: (reason: string) => void): void => {
    const marker = cells.marker;
    if (marker?.kind === "ref") pillar = marker.pillar;
    if (pillar === null) {
      current = null;
      place('row before any pillar heading: expected a heading such as "1. Title of the pillar" or "Goal 1: …" above it');
      return;
    }
    if (heading && heading.pillar === pillar) pillars[pillar] ??= heading.title;
    current = { line, pillar, marker, fields: { ...cells.fields }, user: { ...cells.user } };
    drafts.push(current);
    started = true;
  };

  lines.forEach(({ line, text: raw }, index) => {
    const place = (reason: string) => unplaced.push({ line, text: raw.trim(), reason });
    const kind = kinds[index];
    switch (kind.kind) {
      case "blank":
      case "rule":
        return;
      case "header":
        header = { roles: kind.roles, labels: kind.labels };
        tableLayout = kind.layout;
        started = true;
        return;
      case "pillar":
        pillar = kind.pillar;
        heading = { pillar: kind.pillar, title: kind.title };
        current = null;
        started = true;
        return;
      case "text": {
        const prose = header === null && (tableLayout === null || tableLayout === "none");
        const leading = prose ? leadingMarker(kind.text) : null;
        if (leading && (started || !hasHeadings)) {
          startRow(line, { marker: leading.marker, fields: { action: leading.rest }, user: {} }, place);
          return;
        }
        const labelled = prose && current ? labelledCells(kind.text) : null;
        if (current && labelled) {
          appendTo(current, labelled);
          return;
        }
        if (!started) {
          if (!/\bplan\b/i.test(kind.text)) place("text before the table: no header row or pillar heading yet");
          return;
        }
        if (current && (tableLayout === null || tableLayout === "spaces" || tableLayout === "none")) {
          appendTo(current, { fields: { action: kind.text } });
          return;
        }
        place(
          current && tableLayout
            ? `not a table row: it has no column separators (the table uses ${LAYOUT_NAMES[tableLayout]})`
            : "text outside any row",
        );
        return;
      }
      case "cells": {
        tableLayout ??= kind.layout;
        const cells = rowCells(kind.cells, header);
        if (startsRow(cells)) {
          startRow(line, cells, place);
          return;
        }
        if (!current) {
          place(started ? "cells with no row above them to continue" : "text before the table: no header row or pillar heading yet");
          return;
        }
        appendTo(current, cells);
        return;
      }
    }
  });
  return { drafts, unplaced, pillars };
}
