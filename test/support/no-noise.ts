/**
 * Jest setup (setupFilesAfterEnv): known noise in the test output is a test failure, not
 * something to scroll past — Fluent's "wrap your application in an <SSRProvider>" (server
 * rendering without its provider) and React's "not wrapped in act(...)" (a state update the
 * test did not wait for). Other console output passes through unchanged.
 */
const NOISE = [/SSRProvider/, /not wrapped in act\(/];
const heard: string[] = [];

for (const level of ['error', 'warn'] as const) {
  const original = console[level].bind(console);
  console[level] = (...args: unknown[]) => {
    const text = args.map(String).join(' ');
    if (NOISE.some((re) => re.test(text))) heard.push(text.split('\n').slice(0, 2).join(' '));
    else original(...args);
  };
}

afterEach(() => {
  const said = heard.splice(0);
  if (said.length) throw new Error(`测试输出中出现了已知的噪声（请修正而不是忽略）：\n${said.join('\n')}`);
});
