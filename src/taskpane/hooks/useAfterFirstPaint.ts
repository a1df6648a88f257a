import { useEffect } from "react";

/** Runs `task` once, after the browser has painted the first screen (a frame, then a task after it). */
export function useAfterFirstPaint(task: (() => void) | undefined): void {
  useEffect(() => {
    if (!task) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(task, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [task]);
}
