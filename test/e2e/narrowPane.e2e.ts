import { loadDemo } from "./support/demoPage";
import { useDemoSession } from "./support/demoSession";

const session = useDemoSession();

// 255 characters mixing Hebrew (right to left), emoji and a long unbroken Latin run.
const LONG_NAME = `${"שלום-עולם-".repeat(6)}-${"📎".repeat(20)}-${"x".repeat(255)}`.slice(0, 251) + ".txt";

test("a 320 px pane with a 255-character RTL and emoji file name does not scroll sideways", async () => {
  const outlook = await session.browser.context.newPage();
  await outlook.setViewportSize({ width: 320, height: 700 });
  const page = await loadDemo(session, "host=saved", outlook);
  await page.getByTestId("meeting-subject").waitFor();
  expect([...LONG_NAME].length).toBeLessThanOrEqual(255);
  await page
    .getByTestId("file-input")
    .setInputFiles({ name: LONG_NAME, mimeType: "text/plain", buffer: Buffer.from("x") });
  const row = page.getByTestId("file-row").first();
  await row.getByTestId("file-result").waitFor();
  const overflow = await page.evaluate(() => {
    const root = document.getElementById("root");
    return root ? root.scrollWidth - root.clientWidth : -1;
  });
  expect(overflow).toBeLessThanOrEqual(0);
  const rowBox = await row.boundingBox();
  expect(rowBox?.width ?? 999).toBeLessThanOrEqual(320);
  await page.close();
});
