import type { ReactNode } from "react";

/** The cloud-link form: an https link, its provider, name, permission and folder flag, attached through beta. */
export function LinkAttachForm(): ReactNode {
  return null;
}
