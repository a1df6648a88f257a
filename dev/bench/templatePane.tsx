/**
 * The page-load benchmark's second baseline (`demo.html?pane=template`): a pane with the first screen of Microsoft's
 * React task pane template (Office-Addin-TaskPane-React), the starting point Microsoft gives for an add-in like this
 * one, written here with the product's React and Fluent UI and built with its settings. Once office.js is ready it
 * renders what the template's first screen shows: a header with a logo (Fluent's Image) and a welcome heading, a
 * heading over three features with Fluent icons, a large labelled text area with its hint, and a large primary
 * button. The button is labelled as the pane's own first action is, so that one predicate times both. The template's
 * own build adds core-js and regenerator-runtime; this one, built for the product's targets, does not.
 */
import { Button, Field, Image, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { DesignIdeas24Regular, LockOpen24Regular, Ribbon24Regular } from "@fluentui/react-icons";
import { useState, type ReactElement } from "react";
import { renderWhenOfficeReady } from "./renderWhenOfficeReady";

const useStyles = makeStyles({
  root: { minHeight: "100vh" },
  header: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    paddingTop: "100px",
    paddingBottom: "30px",
    backgroundColor: tokens.colorNeutralBackground3,
  },
  welcome: { fontSize: tokens.fontSizeHero900, fontWeight: tokens.fontWeightRegular },
  features: { width: "100%", display: "flex", flexDirection: "column", alignItems: "center" },
  featuresHeading: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightRegular, paddingInline: "10px" },
  list: { marginTop: "20px" },
  item: { display: "flex", paddingBottom: "20px" },
  icon: { marginRight: "10px" },
  itemText: { fontSize: tokens.fontSizeBase300 },
  form: { display: "flex", flexDirection: "column", alignItems: "center" },
  field: { margin: "30px 20px 20px", maxWidth: "50%" },
  hint: { fontWeight: tokens.fontWeightSemibold, marginTop: "20px", marginBottom: "10px" },
});

const FEATURES = [
  { icon: <Ribbon24Regular />, text: "Attach files to the meeting" },
  { icon: <LockOpen24Regular />, text: "Signed in with your Microsoft 365 account" },
  { icon: <DesignIdeas24Regular />, text: "Link documents from OneDrive and SharePoint" },
];

function TemplatePane(): ReactElement {
  const styles = useStyles();
  const [text, setText] = useState("Some text.");
  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <Image width={90} height={90} src="assets/icon-128.png" alt="Meeting Attachments" />
        <h1 className={styles.welcome}>Welcome</h1>
      </header>
      <section className={styles.features}>
        <h2 className={styles.featuresHeading}>Discover what this add-in can do for you today!</h2>
        <ul className={styles.list}>
          {FEATURES.map((feature) => (
            <li key={feature.text} className={styles.item}>
              <i className={styles.icon}>{feature.icon}</i>
              <span className={styles.itemText}>{feature.text}</span>
            </li>
          ))}
        </ul>
      </section>
      <div className={styles.form}>
        <Field className={styles.field} size="large" label="Enter text to be inserted into the meeting.">
          <Textarea size="large" value={text} onChange={(_event, data) => setText(data.value)} />
        </Field>
        <Field className={styles.hint}>Click the button to insert text.</Field>
        <Button appearance="primary" size="large">
          Choose files
        </Button>
      </div>
    </div>
  );
}

renderWhenOfficeReady(<TemplatePane />);
