import { eventEn } from "./event/en";

/** The event form's English, loaded with the form (see enFirstScreen.ts). */
export const enEventForm = eventEn;
