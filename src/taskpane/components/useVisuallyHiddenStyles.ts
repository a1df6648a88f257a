import { makeStyles } from "@fluentui/react-components";

/** Kept in the accessibility tree (live regions, screen-reader-only text) but not drawn. */
export const useVisuallyHiddenStyles = makeStyles({
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});
