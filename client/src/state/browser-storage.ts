// The page's local storage, or undefined where the browser refuses it (disabled storage,
// sandboxed frames throw on access): what is kept there is then simply not kept.
export const browserStorage = (): Storage | undefined => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
};
