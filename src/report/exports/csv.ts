// CSV as RFC 4180 writes it: comma-separated, CRLF line ends, a field quoted when it holds a comma, a quote,
// a line break or leading/trailing space, quotes doubled inside. Null and undefined are empty fields.

export type Cell = string | number | null | undefined;

export function csvField(v: Cell): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(cells: Cell[]): string {
  return cells.map(csvField).join(',') + '\r\n';
}

export function csvTable(header: string[], rows: Cell[][]): string {
  return csvRow(header) + rows.map(csvRow).join('');
}
