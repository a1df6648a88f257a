/** English text of the attachment list. */
export const listEn = {} as const;
