import "@testing-library/jest-dom";
import { configure } from "@testing-library/dom";

// findBy… and waitFor wait for what a user would see, not for a time: on CI's 2 shared cores
// React's Suspense retry (throttled by 500 ms) plus a loaded jsdom outlasted the default 1 s.
configure({ asyncUtilTimeout: 5000 });
