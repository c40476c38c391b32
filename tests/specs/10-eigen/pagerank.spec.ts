import { defineSpec, detect, fc, fixed, linalg, random, throws, type Check } from "latutor/kit";
import { checkDistribution, type DistributionNames, googleMatrix, isVector, modelPagerank, sum, surf, type Matrix } from "./_eigen";

const { transpose } = linalg;

/** PageRank has no P: the step is r·G, with G the random surfer's (Google) matrix. */
const RANK_NAMES: DistributionNames = {
  what: "your ranks r",
  entry: (i) => `r[${i}]`,
  plural: true,
  step: "r·G",
  symbol: "r",
  stepNote: " (r·G is one step of the random surfer: G[i][j] = d·links[i][j]/outᵢ + (1 − d)/n, and 1/n from a dangling page)",
};

/**
 * Judged by the mathematics: a distribution (non-negative, summing to 1) that one more step of the
 * random surfer leaves in place, within the tolerance the caller asked for.
 */
const check: Check = (got, { args }) => {
  const [links, damping = 0.85, tolerance = 1e-10] = args as [Matrix, number?, number?];
  checkDistribution(got, googleMatrix(links, damping), tolerance + 1e-13, RANK_NAMES);
};

/** The lesson's web: six pages, page 5 (F) links nowhere. */
const WEB = [
  [0, 1, 1, 0, 0, 0],
  [0, 0, 1, 1, 0, 0],
  [1, 0, 0, 0, 1, 0],
  [0, 0, 1, 0, 0, 1],
  [0, 0, 0, 1, 0, 1],
  [0, 0, 0, 0, 0, 0],
];

const linkRow = (n: number) => fc.array(fc.integer({ min: 0, max: 2 }).map((x) => (x === 2 ? 1 : 0)), { minLength: n, maxLength: n });

/** Random graphs in which every page links somewhere (a ring i → i+1 keeps them connected, too). */
const noDangling = fc.integer({ min: 2, max: 6 }).chain((n) =>
  fc.array(linkRow(n), { minLength: n, maxLength: n }).map((L) => [L.map((row, i) => row.map((x, j) => (j === (i + 1) % n ? 1 : x)))]),
);

/** Random graphs with at least one dangling page (a row of zeros). */
const withDangling = fc.integer({ min: 2, max: 6 }).chain((n) =>
  fc.tuple(fc.array(linkRow(n), { minLength: n, maxLength: n }), fc.integer({ min: 0, max: n - 1 })).map(([L, d]) => [L.map((row, i) => (i === d ? row.map(() => 0) : row))]),
);

const looksLike = (got: unknown, expected: unknown, wrong: Matrix | number[]) => detect.near(got, wrong, 1e-5) && !detect.near(wrong, expected, 1e-5);
const danglingRow = (links: Matrix) => links.some((row) => row.every((x) => x === 0));

export default defineSpec({
  exercise: "pagerank",
  params: { pagerank: ["links", "damping", "tolerance"] },
  diagnoses: [
    {
      id: "links-transposed",
      message:
        "your ranks are those of the graph with every link reversed: links[i][j] = 1 means page i links TO page j, so page i passes its rank to page j (new[j] += damping · r[i] / outDegree(i), with the out-degree counted along row i)",
      section: "pagerank",
      test: detect.whenResult("pagerank", (got, expected, [links, damping]) => looksLike(got, expected, modelPagerank(transpose(links as Matrix), (damping as number | undefined) ?? 0.85))),
    },
    {
      id: "dangling-leak",
      message:
        "rank leaks out through the dangling pages (pages with no links): their rank must not vanish. Spread all of a dangling page's rank evenly over all n pages, and the total stays 1",
      section: "dangling",
      test: detect.whenResult("pagerank", (got, expected, [links, damping]) => {
        if (!isVector(got) || !danglingRow(links as Matrix)) return false;
        const d = (damping as number | undefined) ?? 0.85;
        return sum(got) < 1 - 1e-6 || looksLike(got, expected, surf(googleMatrix(links as Matrix, d, "leak"), true));
      }),
    },
    {
      id: "damping-swapped",
      message: "damping is the probability of FOLLOWING a link (0.85), and 1 − damping that of jumping to a random page: your ranks have the two swapped",
      section: "pagerank",
      test: detect.whenResult("pagerank", (got, expected, [links, damping]) => looksLike(got, expected, modelPagerank(links as Matrix, 1 - ((damping as number | undefined) ?? 0.85)))),
    },
    {
      id: "invalid-not-refused",
      message: "check the input first: links must be n×n with entries 0 or 1, damping must be in [0, 1) and tolerance positive; otherwise throw an Error that says what is wrong",
      section: "pagerank",
      test: detect.returnedInsteadOfThrowing("pagerank"),
    },
  ],
  checks: { pagerank: check },
  cases: [
    fixed("two pages linking to each other", "pagerank", [[[0, 1], [1, 0]]]),
    fixed("a 3-page web", "pagerank", [[[0, 1, 1], [0, 0, 1], [1, 0, 0]]], { description: "Page 2 collects links from both others; page 1 only from page 0." }),
    fixed("a 3-page web with a dangling page", "pagerank", [[[0, 1, 1], [0, 0, 1], [0, 0, 0]]], {
      description: "Page 2 links nowhere: its rank is spread over all three pages, so the total stays 1.",
      tags: ["dangling"],
    }),
    fixed("the lesson's 6-page web", "pagerank", [WEB], { tags: ["dangling"] }),
    fixed("a self-link", "pagerank", [[[1, 1, 0], [0, 0, 1], [1, 0, 0]]], { description: "Page 0 links to itself and to page 1: half of what it passes on comes back to it." }),
    fixed("two separate webs", "pagerank", [[[0, 1, 0, 0], [1, 0, 0, 0], [0, 0, 0, 1], [0, 0, 1, 0]]], {
      description: "Pages 0–1 and 2–3 never link across; the random jumps connect them, and by symmetry every page gets 0.25.",
    }),
    fixed("disconnected and lopsided", "pagerank", [[[0, 1, 0, 0, 0], [1, 0, 0, 0, 0], [0, 0, 0, 1, 1], [0, 0, 0, 0, 1], [0, 0, 1, 0, 0]]], {
      description: "A 2-page web beside a 3-page one; the ranks within each differ.",
    }),
    fixed("one page", "pagerank", [[[0]]], { tags: ["dangling"] }),
    fixed("every page dangling", "pagerank", [[[0, 0, 0], [0, 0, 0], [0, 0, 0]]], { description: "No links at all: the surfer only ever jumps, so every page gets 1/3.", tags: ["dangling"] }),
    fixed("damping 0.5", "pagerank", [[[0, 1, 1], [0, 0, 1], [1, 0, 0]], 0.5]),
    fixed("damping 0 (only random jumps)", "pagerank", [[[0, 1, 1], [0, 0, 1], [1, 0, 0]], 0]),
    fixed("a loose tolerance (1e-4)", "pagerank", [WEB, 0.85, 1e-4], { tags: ["dangling"] }),
    random("random webs without dangling pages", "pagerank", noDangling, { runs: 25 }),
    random("random webs with a dangling page", "pagerank", withDangling, { runs: 25, tags: ["dangling"] }),
    throws("damping 1", "pagerank", [[[0, 1], [1, 0]], 1], "with damping 1 the surfer never jumps, and the ranks need not be unique; damping must be below 1", { tags: ["invalid"] }),
    throws("negative damping", "pagerank", [[[0, 1], [1, 0]], -0.1], "damping is a probability: it cannot be negative", { tags: ["invalid"] }),
    throws("not square", "pagerank", [[[0, 1, 1], [1, 0, 0]]], "links is 2×3: with 2 pages it must be 2×2", { tags: ["invalid"] }),
    throws("an entry that is not 0 or 1", "pagerank", [[[0, 2], [1, 0]]], "links[0][1] = 2: a link is there (1) or not (0)", { tags: ["invalid"] }),
  ],
});
