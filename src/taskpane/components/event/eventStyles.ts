import { makeStyles, tokens } from "@fluentui/react-components";

/** Layout shared by the compose form and the picker; colours only from theme tokens. */
export const useEventStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1, flexBasis: "8rem", minWidth: 0 },
  text: { overflowWrap: "anywhere", unicodeBidi: "plaintext" },
  preformatted: { overflowWrap: "anywhere", unicodeBidi: "plaintext", whiteSpace: "pre-wrap" },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  success: {
    display: "flex",
    alignItems: "start",
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorPaletteGreenForeground1,
  },
  error: { color: tokens.colorPaletteRedForeground1 },
});
