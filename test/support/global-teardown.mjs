export default async function globalTeardown() {
  await globalThis.__SRDI_TEST_PG__?.stop();
}
