/**
 * Hostile and broken workbooks for the robustness tests and the fuzzer, made from scratch or from
 * a fixture's parts: an expansion bomb, a workbook of 1,000 sheets, lost shared strings.
 */
import { entry, streamedEntry, writeZip, type ZipEntry } from './zip';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The package parts around the sheets: content types, relationships, workbook. */
function frame(sheetNames: string[]): ZipEntry[] {
  const types =
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    sheetNames.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
    '</Types>';
  const rels = `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const wbRels =
    `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    sheetNames.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
    '</Relationships>';
  const wb =
    `${XML}<workbook xmlns="${NS}" xmlns:r="${R_NS}"><sheets>` +
    sheetNames.map((n, i) => `<sheet name="${xmlEscape(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
    '</sheets></workbook>';
  return [entry('[Content_Types].xml', types), entry('_rels/.rels', rels), entry('xl/workbook.xml', wb), entry('xl/_rels/workbook.xml.rels', wbRels)];
}

/** A sheet's XML from rows of values (strings inline, numbers as numbers). */
export function sheetXml(rows: (string | number | null)[][]): string {
  const col = (c: number): string => (c < 26 ? String.fromCharCode(65 + c) : col(Math.floor(c / 26) - 1) + String.fromCharCode(65 + (c % 26)));
  const body = rows
    .map((r, i) => {
      const cells = r
        .map((v, j) => {
          if (v === null) return '';
          const ref = `${col(j)}${i + 1}`;
          return typeof v === 'number' ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${xmlEscape(v)}</t></is></c>`;
        })
        .join('');
      return `<row r="${i + 1}">${cells}</row>`;
    })
    .join('');
  return `${XML}<worksheet xmlns="${NS}"><sheetData>${body}</sheetData></worksheet>`;
}

/** A workbook of these sheets (name → rows). */
export function workbookOf(sheets: [string, (string | number | null)[][]][]): Uint8Array {
  return writeZip([...frame(sheets.map((s) => s[0])), ...sheets.map(([, rows], i) => entry(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(rows)))]);
}

/** A workbook of `n` sheets, each with a title and a number. */
export function manySheets(n: number): Uint8Array {
  return workbookOf(Array.from({ length: n }, (_, i) => [`表${i + 1}`, [[`表${i + 1} 支出总表`], [i]]]));
}

/**
 * An expansion bomb: a small .xlsx whose one sheet inflates to `megabytes` MB of rows. With
 * `lie` the zip's directory claims the sheet is small (so only inflating it shows the truth).
 */
export async function expansionBomb(megabytes = 450, lie = false): Promise<Uint8Array> {
  const row = '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c></row>'.padEnd(128, ' ');
  const times = Math.ceil((megabytes * 1024 * 1024) / row.length);
  const sheet = await streamedEntry('xl/worksheets/sheet1.xml', `${XML}<worksheet xmlns="${NS}"><sheetData>`, row, times, '</sheetData></worksheet>');
  if (lie) sheet.size = 4096;
  return writeZip([...frame(['Sheet1']), sheet]);
}

/** Billion laughs: a DTD of nested entities in a sheet (a real workbook never has a DTD). */
export function billionLaughs(): Uint8Array {
  const ents = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`)].join('');
  const sheet = `${XML}<!DOCTYPE worksheet [${ents}]><worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>`;
  return writeZip([...frame(['Sheet1']), entry('xl/worksheets/sheet1.xml', sheet)]);
}
