/** The .docx writer: what it writes reads back (through the narrative reader, i.e. mammoth) as the same paragraphs. */
import JSZip from 'jszip';
import { writeDocx } from '../../src/hosts/narrative/docx-write';
import { readNarrativeBytes } from '../../src/hosts/narrative/read';

const DOC = {
  title: '武汉市蔡甸区医疗保障局2025年部门预算情况说明',
  sections: [
    { title: '一、收入预算情况', paragraphs: ['2025年收入预算1157.86万元，比上年增长4.00%。', '其中：财政拨款收入 1157.86 万元 & 其他收入 0.00 万元 <说明>'] },
    { title: '二、支出预算情况', paragraphs: ['住房保障支出22.48万元。\t（2210 住房保障支出）'] },
  ],
};

test('writes a .docx that reads back as the same paragraphs, in order', async () => {
  const bytes = await writeDocx(DOC);
  expect(bytes).toBeInstanceOf(Uint8Array);
  expect(Array.from(bytes.subarray(0, 4))).toEqual([0x50, 0x4b, 0x03, 0x04]);
  const back = await readNarrativeBytes('情况说明.docx', bytes);
  expect(back.paragraphs.map((p) => p.text)).toEqual([DOC.title, ...DOC.sections.flatMap((s) => [s.title, ...s.paragraphs])]);
});

test('title and section titles carry heading styles; body text uses an East Asian font', async () => {
  const zip = await JSZip.loadAsync(await writeDocx(DOC));
  const xml = await zip.file('word/document.xml')!.async('string');
  expect(xml.match(/<w:pStyle w:val="Heading1"\/>/g)).toHaveLength(1);
  expect(xml.match(/<w:pStyle w:val="Heading2"\/>/g)).toHaveLength(2);
  expect(xml).toContain('&amp; 其他收入 0.00 万元 &lt;说明&gt;');
  const styles = await zip.file('word/styles.xml')!.async('string');
  expect(styles).toContain('w:eastAsia="仿宋"');
  expect(styles).toContain('w:styleId="Heading1"');
});

test('line breaks inside a paragraph become paragraphs; blank ones and control characters are dropped', async () => {
  const bytes = await writeDocx({ title: '', sections: [{ title: '', paragraphs: ['甲\n乙', '', '  ', 'a\u0001b'] }] });
  const back = await readNarrativeBytes('x.docx', bytes);
  expect(back.paragraphs.map((p) => p.text)).toEqual(['甲', '乙', 'ab']);
});
