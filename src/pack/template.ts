/**
 * What `latutor pack new` writes: a complete pack with one topic and one exercise that verifies
 * green, every file commented to show what goes where. It is a template to grow, and the worked
 * example of docs/authoring.md.
 */
import { packageVersion } from "../util/package";

const manifest = (name: string) => ({
  format: 1,
  id: name,
  title: "My linear algebra pack",
  version: "0.1.0",
  description: "One topic and one exercise, made by latutor pack new: rename, rewrite and grow it.",
  authors: ["Your Name <you@example.edu>"],
  license: "CC-BY-4.0",
  latutor: `>=${packageVersion().replace(/-.*/, "")} <1`,
  helpers: "exercises/helpers.ts",
  epilogue: ["Well done: this was the last exercise of the pack."],
  topics: [
    {
      id: "01-centroids",
      title: "Centroids: the mean of a cloud of points",
      lesson: "lessons/01-centroids.md",
      quiz: "lessons/01-centroids.quiz.json",
      exercises: [
        {
          id: "centroid",
          title: "The centroid of points",
          summary: "Average a list of points, coordinate by coordinate.",
          exports: ["centroid"],
          section: "centroid",
          points: 10,
          hints: [
            "Start from a vector of zeros as long as the first point, and add every point to it.",
            "Then divide every coordinate by the number of points.",
            "Throw an Error before you start when there are no points, or when two points have different lengths.",
          ],
        },
      ],
    },
  ],
});

const LESSON = `# Centroids

A cloud of points (customers, images, documents turned into vectors) has a centre of mass: the
**centroid**, the average of the points taken coordinate by coordinate. k-means clustering moves
its centroids until they settle; PCA subtracts the centroid before it looks for directions.

## The centroid {#centroid}

For points p₁, …, pₙ in ℝᵈ, the centroid is c = (p₁ + … + pₙ) / n: every coordinate is the mean
of that coordinate over the points.

\`\`\`ts example
centroid([[0, 0], [4, 0], [4, 2]])
// → [2.6666666666666665, 0.6666666666666666]
\`\`\`

An empty list has no centroid, and points of different lengths do not live in the same space:
both are errors, and your function throws an \`Error\` that says which.

## Where this shows up in ML {#ml}

k-means, PCA's centring step, nearest-centroid classifiers and the mean embedding of a sentence
are all this one line of arithmetic.
`;

const QUIZ = [
  {
    question: "What is the centroid of [1, 2] and [3, 6]?",
    choices: ["[4, 8]", "[2, 4]", "[1.5, 3]"],
    answer: 1,
    explain: "Each coordinate is averaged: (1 + 3) / 2 = 2 and (2 + 6) / 2 = 4.",
  },
];

const HELPERS = `// Workspace helpers: types and conveniences your learners may import from any exercise.
// Nothing here may solve an exercise.

/** A vector: a list of numbers. */
export type Vector = number[];

/** A matrix: a list of rows (row-major). */
export type Matrix = number[][];
`;

const STUB = `/**
 * Exercise: centroid
 *
 * Return the centroid (the coordinate-wise mean) of a list of points:
 *
 *   centroid([[0, 0], [4, 0], [4, 2]])   // → [2.667, 0.667]
 *
 * Rules:
 *   - do not modify \`points\`;
 *   - throw an Error when \`points\` is empty or the points have different lengths.
 *
 * Check your work: latutor check centroid   Stuck? latutor hint centroid
 */
import type { Vector } from "../helpers";

export function centroid(points: Vector[]): Vector {
  throw new Error("TODO: implement centroid(points)");
}
`;

const SOLUTION = `// Reference solution: learners see it after they pass, so write it for reading.
type Vector = number[];

export function centroid(points: Vector[]): Vector {
  if (points.length === 0) throw new Error("centroid: there are no points");
  const d = points[0].length;
  const sum = new Array<number>(d).fill(0);
  for (const p of points) {
    if (p.length !== d) throw new Error(\`centroid: a point has \${p.length} coordinates, the first has \${d}\`);
    for (let j = 0; j < d; j++) sum[j] += p[j];
  }
  return sum.map((s) => s / points.length);
}
`;

const SPEC = `// The hidden spec: never copied into a learner's workspace. It runs in latutor's own process on
// the plain data the learner's function returned (see docs/authoring.md).
import { arb, defineSpec, detect, expect, fc, fixed, random, throws, type Check } from "latutor/kit";

const points = arb.sized(1, 6, (d) => fc.array(arb.vector(d, { max: 100 }), { minLength: 1, maxLength: 8 })).map((ps) => [ps]);

const close: Check = (got, { args, expected }) => {
  const [ps] = args as [number[][]];
  expect.closeVector(got, expected as number[], { rel: expect.tolerance({ n: ps.length }), abs: 1e-12 });
};

export default defineSpec({
  exercise: "centroid",
  params: { centroid: ["points"] },
  checks: { centroid: close },
  diagnoses: [
    {
      id: "sum-not-mean",
      message: "that is the sum of the points: divide it by how many there are",
      section: "centroid",
      test: detect.whenResult("centroid", (got, expected, [ps]) => (ps as number[][]).length > 1 && detect.near(got, (expected as number[]).map((x) => x * (ps as number[][]).length))),
    },
  ],
  cases: [
    fixed("the lesson's triangle", "centroid", [[[0, 0], [4, 0], [4, 2]]]),
    fixed("one point is its own centroid", "centroid", [[[3, -1, 2]]]),
    random("random clouds", "centroid", points),
    throws("no points", "centroid", [[]], "an empty list has no centroid"),
    throws("points of different lengths", "centroid", [[[1, 2], [3]]], "[1, 2] and [3] do not live in the same space"),
  ],
});
`;

const README = (name: string) => `# ${name}: a latutor pack

Made by \`latutor pack new\`. The layout is the built-in course's:

- \`course.json\`: the manifest (name, version, authors, licence, the latutor versions it needs,
  topics and exercises with their exports, hints and points);
- \`lessons/NN-topic.md\` and \`lessons/NN-topic.quiz.json\`: what the learner reads;
- \`exercises/NN-topic/<id>.ts\`: the stubs learners receive, and \`exercises/helpers.ts\`;
- \`solutions/NN-topic/<id>.ts\`: reference solutions;
- \`tests/specs/NN-topic/<id>.spec.ts\`: hidden specs, written against \`latutor/kit\`.

    latutor pack verify .            # everything holds? (references pass, stubs fail, examples hold)
    latutor pack build .             # writes ${name}-<version>.latpack
    latutor pack install ${name}-0.1.0.latpack && latutor init my-workspace --pack ${name}
`;

/** The files of a new pack called `name`, by path. */
export function newPackFiles(name: string): Map<string, string> {
  return new Map([
    ["course.json", JSON.stringify(manifest(name), null, 2) + "\n"],
    ["README.md", README(name)],
    ["lessons/01-centroids.md", LESSON],
    ["lessons/01-centroids.quiz.json", JSON.stringify(QUIZ, null, 2) + "\n"],
    ["exercises/helpers.ts", HELPERS],
    ["exercises/01-centroids/centroid.ts", STUB],
    ["solutions/01-centroids/centroid.ts", SOLUTION],
    ["tests/specs/01-centroids/centroid.spec.ts", SPEC],
  ]);
}
