import type { DemoPage } from "./demoPage";

interface SimulatedOutlookWindow {
  simulatedOutlook: { requests(): string[] };
}

/** Every request office.js sent the simulated Outlook so far, in order (see `requests()` on either host). */
export function hostRequests(page: DemoPage): Promise<string[]> {
  return page.outlook.evaluate(() => (window as unknown as SimulatedOutlookWindow).simulatedOutlook.requests());
}

/** Calls the subject getter without its callback in the pane, and returns what office.js threw ("name | message"). */
export function getterWithoutCallback(page: DemoPage): Promise<string> {
  return page.evaluate(() => {
    const subject = (Office.context.mailbox.item as Office.AppointmentCompose).subject;
    try {
      (subject.getAsync as unknown as () => void).call(subject);
      return "nothing thrown";
    } catch (error) {
      return error instanceof Error ? `${error.name} | ${error.message}` : String(error);
    }
  });
}
