import { useEffect } from "react";
import { afterPaint } from "../../shared/afterPaint";

/** Runs `task` once, after the browser has painted the first screen (a frame, then a task after it). */
export function useAfterFirstPaint(task: (() => void) | undefined): void {
  useEffect(() => (task ? afterPaint(task) : undefined), [task]);
}
