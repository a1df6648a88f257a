import type { DriveLinkKind, DriveType } from "../../../graph";

/** The four kinds of sharing link the pane offers, by the name `referenceAttachment.permission` gives them. */
export const LINK_KIND_CHOICES = ["organizationView", "organizationEdit", "anonymousView", "anonymousEdit"] as const;
export type LinkKindChoice = (typeof LINK_KIND_CHOICES)[number];

export function linkKindOf(choice: LinkKindChoice): DriveLinkKind {
  return {
    scope: choice.startsWith("organization") ? "organization" : "anonymous",
    type: choice.endsWith("Edit") ? "edit" : "view",
  };
}

export function choiceOf(kind: DriveLinkKind): LinkKindChoice {
  if (kind.scope === "organization") return kind.type === "edit" ? "organizationEdit" : "organizationView";
  return kind.type === "edit" ? "anonymousEdit" : "anonymousView";
}

/** A personal OneDrive has no organization: only "anyone" links exist there. */
export function availableOn(choice: LinkKindChoice, driveType: DriveType | null): boolean {
  return driveType !== "personal" || choice.startsWith("anonymous");
}

/** Outlook's own default for work files is a link for people in the organization; a personal OneDrive has none. */
export function defaultChoice(
  driveType: DriveType | null,
  refused: ReadonlySet<LinkKindChoice>,
): LinkKindChoice | null {
  return (
    LINK_KIND_CHOICES.find(
      (choice) => availableOn(choice, driveType) && !refused.has(choice) && choice.endsWith("View"),
    ) ??
    LINK_KIND_CHOICES.find((choice) => availableOn(choice, driveType) && !refused.has(choice)) ??
    null
  );
}
