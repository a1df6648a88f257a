/** English text of the cloud-link form. */
export const linkEn = {} as const;
