import { useCallback, useMemo, useState } from "react";
import { readOpenFormPolicy, type FormAttacher, type OfficeLike, type OpenFormPolicy } from "../../office";
import { lazyFormAttacher } from "../lazyFormAttacher";
import { openFormRoute, type OpenFormRoute } from "../openFormRoute";

export interface OpenForm {
  policy: OpenFormPolicy;
  route: OpenFormRoute;
  /** One queue for everything the pane adds to this window. */
  attacher: FormAttacher;
  /** Something was added to the window since the pane opened. */
  windowChanged: boolean;
  noteWindowChange: () => void;
}

/** What the open meeting window is to the pane, read once from Office, and what the pane has done to it. */
export function useOpenForm(office: OfficeLike): OpenForm {
  const policy = useMemo(() => readOpenFormPolicy(office), [office]);
  const route = useMemo(() => openFormRoute(policy), [policy]);
  const attacher = useMemo(
    () =>
      lazyFormAttacher(() =>
        import(/* webpackChunkName: "form-attacher" */ "../../office/formAttacher").then((loaded) =>
          loaded.createFormAttacher(office),
        ),
      ),
    [office],
  );
  const [windowChanged, setWindowChanged] = useState(false);
  const noteWindowChange = useCallback(() => setWindowChanged(true), []);
  return { policy, route, attacher, windowChanged, noteWindowChange };
}
