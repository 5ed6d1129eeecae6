/**
 * A narrative (情况说明) → a minimal .docx, host-independent (Node and browser: no fs, bytes
 * out). The title is a Heading 1, each section title a Heading 2, body paragraphs Normal
 * (仿宋 East Asian font, 三号 16 pt, first-line indent of two characters). Zipped with jszip
 * (already in the tree through exceljs and mammoth).
 */
import JSZip from 'jszip';

/** A body paragraph: text (Normal, indented), or text with a style: 'plain' no indent, 'right' right-aligned. */
export type DocxParagraph = string | { text: string; style?: 'plain' | 'right' };

export interface DocxSection {
  /** '' for none. */
  title: string;
  paragraphs: DocxParagraph[];
}

export interface DocxDocument {
  title: string;
  sections: DocxSection[];
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Escape text for XML and drop characters XML 1.0 forbids (control bytes a pasted text may carry). */
function xmlText(s: string): string {
  return s
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** One run: tabs become <w:tab/>, spaces are preserved. */
function run(text: string): string {
  return text
    .split('\t')
    .map((part) => (part ? `<w:t xml:space="preserve">${xmlText(part)}</w:t>` : ''))
    .join('<w:tab/>');
}

function paragraph(text: string, style?: string): string {
  const pPr = style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : '';
  return `<w:p>${pPr}<w:r>${run(text)}</w:r></w:p>`;
}

/** A paragraph string with line breaks becomes several paragraphs (what a reader gets back). */
function lines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '');
}

function documentXml(doc: DocxDocument): string {
  const body: string[] = [];
  for (const line of lines(doc.title)) body.push(paragraph(line, 'Heading1'));
  for (const section of doc.sections) {
    for (const line of lines(section.title)) body.push(paragraph(line, 'Heading2'));
    for (const p of section.paragraphs) {
      const [text, style] = typeof p === 'string' ? [p, undefined] : [p.text, p.style ? PARAGRAPH_STYLES[p.style] : undefined];
      for (const line of lines(text)) body.push(paragraph(line, style));
    }
  }
  // A4 portrait, margins as in GB/T 9704 (roughly 3.7 cm top, 2.8 cm left)
  const sect =
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>' +
    '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>';
  return `${DECL}<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body.join('')}${sect}</w:body></w:document>`;
}

const PARAGRAPH_STYLES = { plain: 'Plain', right: 'Right' } as const;

const fonts = (eastAsia: string) => `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="${eastAsia}" w:cs="Times New Roman"/>`;

function heading(id: string, name: string, level: number, eastAsia: string, halfPoints: number, center: boolean): string {
  return (
    `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
    `<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="240"/>${center ? '<w:jc w:val="center"/>' : ''}<w:ind w:firstLineChars="0" w:firstLine="0"/><w:outlineLvl w:val="${level}"/></w:pPr>` +
    `<w:rPr>${fonts(eastAsia)}<w:b/><w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/></w:rPr></w:style>`
  );
}

const STYLES =
  `${DECL}<w:styles xmlns:w="${W}">` +
  `<w:docDefaults><w:rPrDefault><w:rPr>${fonts('仿宋')}<w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>` +
  '<w:pPrDefault><w:pPr><w:spacing w:line="560" w:lineRule="exact"/></w:pPr></w:pPrDefault></w:docDefaults>' +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>' +
  '<w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/><w:jc w:val="both"/></w:pPr></w:style>' +
  heading('Heading1', 'heading 1', 0, '宋体', 44, true) +
  heading('Heading2', 'heading 2', 1, '黑体', 32, false) +
  '<w:style w:type="paragraph" w:styleId="Plain"><w:name w:val="Plain"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Right"><w:name w:val="Right"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="240"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="right"/></w:pPr></w:style>' +
  '</w:styles>';

const CONTENT_TYPES =
  `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
  '</Types>';

const ROOT_RELS =
  `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  '</Relationships>';

const DOCUMENT_RELS =
  `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
  '</Relationships>';

/** Write a narrative as .docx bytes. Paragraph strings with line breaks are split into paragraphs; blank ones are dropped. */
export async function writeDocx(doc: DocxDocument): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', ROOT_RELS);
  zip.file('word/_rels/document.xml.rels', DOCUMENT_RELS);
  zip.file('word/document.xml', documentXml(doc));
  zip.file('word/styles.xml', STYLES);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
}
