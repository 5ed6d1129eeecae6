/** A small, real .docx built in memory (the three parts Word and mammoth need), for the narrative reader tests. */
import JSZip from 'jszip';

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '</Types>';

const RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  '</Relationships>';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A paragraph: a string (one run), or runs (a paragraph split into several runs, as Word does). */
export type DocxParagraph = string | string[];

export function documentXml(body: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
    body +
    '<w:sectPr/></w:body></w:document>'
  );
}

export function paragraphXml(p: DocxParagraph): string {
  const runs = typeof p === 'string' ? [p] : p;
  return `<w:p>${runs.map((r) => `<w:r><w:t xml:space="preserve">${esc(r)}</w:t></w:r>`).join('')}</w:p>`;
}

/** A .docx whose body holds the given paragraphs (or raw body XML). */
export async function buildDocx(paragraphs: DocxParagraph[] | { body: string }): Promise<Uint8Array> {
  const body = Array.isArray(paragraphs) ? paragraphs.map(paragraphXml).join('') : paragraphs.body;
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', RELS);
  zip.file('word/document.xml', documentXml(body));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
