/** The fixed-seed fuzz run in `npm test`, first half (cases 0–249 of seed 20); fuzz-second has 250–499. */
import { fuzzRange } from './in-test';

fuzzRange(0, 250);
