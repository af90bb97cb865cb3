// Counts the requests the user is waiting for, so the page can say it is busy (and the browser
// tests can wait until it is not).

export interface Busy {
  during<T>(work: () => Promise<T>): Promise<T>;
}

export function createBusy(onChange: (busy: boolean) => void): Busy {
  let pending = 0;
  return {
    async during(work) {
      onChange(++pending > 0);
      try {
        return await work();
      } finally {
        onChange(--pending > 0);
      }
    },
  };
}
