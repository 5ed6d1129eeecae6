/**
 * Test oracle (issue 19, CPU): placeholderIn of src/core/check/rules/text.ts as it was before the shared text
 * features (text-features.ts), verbatim but for its imports and the rules left out.
 * test/check/text-features.test.ts holds the rewritten one equal to it.
 */
export const PLACEHOLDERS: [RegExp, string][] = [
  [/X{2,}|×{2,}|＿{2,}|_{2,}\s*年|—\s*年|--\s*年/, '占位符未填写'],
  [/^根据.{0,40}(进行简要说明|补充解释|据实填写)/, '模板说明文字未删除'],
  [/请(依据|根据|按照).{0,30}(填写|解释|说明)/, '模板说明文字未删除'],
  [/[（(]该项名词解释/, '模板说明文字未删除'],
  [/^\s*[（(][一二三四五六七八九十]+[)）]\s*其他专用名词[。.]?\s*$/, '编号条目内容为空'],
];

/**
 * Every placeholder pattern above needs one of these (X, ×, ＿, _, — or - for the first; 根据, 请,
 * 该项名词解释, 其他专用名词 for the others): a text without any (most table cells) is not searched
 * with each pattern.
 */
export const MAY_HOLD_PLACEHOLDER = /[X×＿_—-]|根据|请|该项名词解释|其他专用名词/;

interface Placeholder {
  message: string;
  actual: string | null;
}

/** The first placeholder pattern a text matches, as the finding says it; null when none. */
export function placeholderIn(text: string): Placeholder | null {
  if (!MAY_HOLD_PLACEHOLDER.test(text)) return null;
  const hit = firstPlaceholder(text);
  if (!hit) return null;
  const m = hit[0].exec(text);
  return { message: `“${excerpt(text, m?.index ?? 0)}”${hit[1]}`, actual: m?.[0] ?? null };
}

/** The first of PLACEHOLDERS that matches (a loop: no closure per text; '-' and '—' pass the pre-test often). */
function firstPlaceholder(text: string): [RegExp, string] | undefined {
  for (let i = 0; i < PLACEHOLDERS.length; i++) if (PLACEHOLDERS[i][0].test(text)) return PLACEHOLDERS[i];
  return undefined;
}

function excerpt(text: string, at: number): string {
  const t = text.trim();
  if (t.length <= 40) return t;
  const start = Math.max(0, at - 12);
  return `${start > 0 ? '…' : ''}${t.slice(start, start + 40)}…`;
}
