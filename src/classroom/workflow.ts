/**
 * CI files that grade a pack in the school's own CI. GitHub Classroom: a workflow in the shape
 * Classroom generates (push and repository_dispatch, the three permissions, the job
 * run-autograding-tests, checkout, one grading step per exercise, then Classroom's grading
 * reporter reading each step's result). GitLab: one job that publishes the JUnit report. Both
 * install a pinned latutor and the pack pinned by its sha256, so specs a student edits in their
 * repository change nothing.
 */
import type { Course } from "../course/course";

export interface WorkflowOptions {
  course: Course;
  /** sha256 of the .latpack. */
  digest: string;
  /** Where CI finds the .latpack: a path in the repository, or an https URL. */
  packSource: string;
  latutorVersion: string;
  /** What `npm install --global` installs (default latutor@<latutorVersion>): a version, a tarball URL, a git URL. */
  latutorPackage?: string;
  /** The workspace folder inside the student's repository ("." when it is the repository itself). */
  workspace?: string;
}

/** A step id (and env prefix) from an exercise id: letters, digits and underscores. */
export const stepId = (exerciseId: string) => `ex_${exerciseId.replace(/[^A-Za-z0-9]/g, "_")}`;

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;

function installCommands(o: WorkflowOptions): string[] {
  const fetch = /^https?:\/\//.test(o.packSource) ? [`curl -fsSL ${quote(o.packSource)} -o "$RUNNER_TEMP/pack.latpack"`] : [`cp ${quote(o.packSource)} "$RUNNER_TEMP/pack.latpack"`];
  return [
    `npm install --global ${quote(o.latutorPackage ?? `latutor@${o.latutorVersion}`)}`,
    ...fetch,
    `latutor pack install "$RUNNER_TEMP/pack.latpack" --sha256 ${o.digest}`,
    // Grade against this pack, whatever course the workspace's own marker names.
    o.workspace && o.workspace !== "." ? `(cd ${quote(o.workspace)} && latutor pack use ${o.course.id})` : `latutor pack use ${o.course.id}`,
  ];
}

export function githubWorkflow(o: WorkflowOptions): string {
  const ws = o.workspace ?? ".";
  const lines: string[] = [
    `# Made by latutor pack classroom for ${o.course.id} ${o.course.version}. Grading uses latutor ${o.latutorVersion}`,
    `# and the pack pinned by its sha256: a student who edits specs in their repository changes nothing.`,
    `# See latutor's docs/classroom.md for what a student who edits this file itself could still do.`,
    `name: Autograding Tests`,
    `"on":`,
    `  - push`,
    `  - repository_dispatch`,
    `  - workflow_dispatch`,
    `permissions:`,
    `  checks: write`,
    `  actions: read`,
    `  contents: read`,
    `jobs:`,
    `  run-autograding-tests:`,
    `    name: Autograding Tests`,
    `    runs-on: ubuntu-latest`,
    `    if: github.actor != 'github-classroom[bot]'`,
    `    steps:`,
    `      - name: Checkout code`,
    `        uses: actions/checkout@v4`,
    `      - name: Set up Node`,
    `        uses: actions/setup-node@v4`,
    `        with:`,
    `          node-version: "20"`,
    `      - name: Install latutor and the pack (pinned)`,
    `        run: |`,
    ...installCommands(o).map((c) => `          ${c}`),
  ];
  for (const e of o.course.exercises) {
    const points = e.points;
    lines.push(
      `      - name: ${e.id} (${points} points)`,
      `        id: ${stepId(e.id)}`,
      `        if: always()`,
      ...(ws === "." ? [] : [`        working-directory: ${quote(ws)}`]),
      `        run: latutor check ${e.id} --seed 1 --format classroom-output >> "$GITHUB_OUTPUT"`,
    );
  }
  lines.push(`      - name: Autograding Reporter`, `        if: always()`, `        uses: classroom-resources/autograding-grading-reporter@v1`, `        env:`);
  for (const e of o.course.exercises) lines.push(`          ${stepId(e.id).toUpperCase()}_RESULTS: "\${{ steps.${stepId(e.id)}.outputs.result }}"`);
  lines.push(`        with:`, `          runners: ${o.course.exercises.map((e) => stepId(e.id)).join(",")}`);
  return lines.join("\n") + "\n";
}

export function gitlabJob(o: WorkflowOptions): string {
  const ws = o.workspace ?? ".";
  const install = installCommands(o).map((c) => c.replace(/\$RUNNER_TEMP/g, "$CI_PROJECT_DIR/.latutor-ci"));
  return [
    `# Made by latutor pack classroom for ${o.course.id} ${o.course.version}: include it from .gitlab-ci.yml`,
    `#   include: { local: .gitlab/latutor.gitlab-ci.yml }`,
    `latutor-grading:`,
    `  image: node:20`,
    `  script:`,
    `    - mkdir -p "$CI_PROJECT_DIR/.latutor-ci"`,
    ...install.map((c) => `    - ${c.includes(": ") || c.startsWith("'") ? quote(c) : c}`),
    ...(ws === "." ? [] : [`    - cd ${quote(ws)}`]),
    `    - latutor check --all --seed 1 --junit "$CI_PROJECT_DIR/latutor-junit.xml" || test $? -eq 1`,
    `  artifacts:`,
    `    when: always`,
    `    reports:`,
    `      junit: latutor-junit.xml`,
  ].join("\n") + "\n";
}
