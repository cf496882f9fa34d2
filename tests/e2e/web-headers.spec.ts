import { expect, test } from './fixtures';

test('the browser build is served with the desktop’s policy: no framing, no content sniffing', async ({ app }) => {
  const response = await app.page.goto('/');
  const headers = response!.headers();
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy']).toContain("default-src 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  await expect(app.page.getByRole('heading', { level: 1 })).toBeVisible();
});
