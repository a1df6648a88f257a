/**
 * Runs `task` once the browser has painted what the page holds now: at the next frame, then in a task after it
 * (a frame callback runs before that frame's paint). Returns a function that cancels it if it has not run yet.
 */
export function afterPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(task, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
