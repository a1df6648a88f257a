import type { ReferencePermission, ReferenceProvider } from "../../../graph";
import { nameFromLink } from "./nameFromLink";

/** What the organizer has typed and chosen in the cloud-link form. */
export interface LinkFormState {
  link: string;
  name: string;
  /** The organizer typed the name: a new link no longer replaces it. */
  nameEdited: boolean;
  /** The organizer's choice of provider; null follows what the link is recognised as. */
  providerChoice: ReferenceProvider | null;
  /** Null until the organizer chooses: there is no default permission. */
  permission: ReferencePermission | null;
  isFolder: boolean;
  /**
   * The form was submitted: the link's problems are shown from now on, live. Not on leaving the field: a message
   * appearing then moves the fields below under the pointer, and the click that left the field would miss.
   */
  linkTouched: boolean;
}

export type LinkFormAction =
  | { type: "linkChanged"; text: string }
  | { type: "nameChanged"; text: string }
  | { type: "providerChosen"; provider: ReferenceProvider }
  | { type: "providerDetected" }
  | { type: "permissionChosen"; permission: ReferencePermission }
  | { type: "folderChanged"; isFolder: boolean }
  | { type: "submitted" }
  | { type: "attached" };

export const EMPTY_LINK_FORM: LinkFormState = {
  link: "",
  name: "",
  nameEdited: false,
  providerChoice: null,
  permission: null,
  isFolder: false,
  linkTouched: false,
};

/** Any URL the text parses as, https or not, so the suggested name does not flicker while a link is corrected. */
function parseLoosely(text: string): URL | null {
  try {
    return new URL(text.trim());
  } catch {
    return null;
  }
}

export function linkFormReducer(state: LinkFormState, action: LinkFormAction): LinkFormState {
  switch (action.type) {
    case "linkChanged":
      return {
        ...state,
        link: action.text,
        name: state.nameEdited ? state.name : nameFromLink(parseLoosely(action.text)),
      };
    case "nameChanged":
      // Emptying the name hands it back to the link, so the next link suggests one again.
      return { ...state, name: action.text, nameEdited: action.text.trim() !== "" };
    case "providerChosen":
      return { ...state, providerChoice: action.provider };
    case "providerDetected":
      return { ...state, providerChoice: null };
    case "permissionChosen":
      return { ...state, permission: action.permission };
    case "folderChanged":
      return { ...state, isFolder: action.isFolder };
    case "submitted":
      return { ...state, linkTouched: true };
    case "attached":
      return EMPTY_LINK_FORM;
  }
}
