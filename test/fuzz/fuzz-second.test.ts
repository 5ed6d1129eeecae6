/** The fixed-seed fuzz run in `npm test`, second half (cases 250–499 of seed 20). */
import { fuzzRange } from './in-test';

fuzzRange(250, 500);
