/** English text of the nested-event form (compose and pick). */
export const eventEn = {} as const;
