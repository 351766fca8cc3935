/** Child process of the retrieval bench: the 1,000-document synthetic knowledge base. */
import { benchSyntheticScale } from './retrieval.ts';

await benchSyntheticScale(Number(process.env.BENCH_DOCS ?? 1000));
