/** The plain normalise (three regex replaces), the oracle of src/core/recognize/text.ts normalise. */
const MAP: Record<string, string> = { '（': '(', '）': ')', '【': '[', '】': ']', '“': '"', '”': '"', '‘': '"', '’': '"', "'": '"', '：': ':', '，': ',', '－': '-', '—': '-' };

export function plainNormalise(text: string): string {
  return text
    .replace(/[\s\u00a0\u3000]+/g, '')
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[（）【】“”‘’'：，－—]/g, (c) => MAP[c] ?? c);
}
