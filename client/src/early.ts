// The page's first module script, before main.ts: starts the request of the first frame's data
// (the overview at this page's node cap, exactly as the Explore tab will ask for it).
import { prefetchOverview } from './api.ts';
import { initialNodeCap } from './config.ts';

prefetchOverview({ limit: initialNodeCap(window.location.search) });
