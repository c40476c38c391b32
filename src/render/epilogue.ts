/** The end of the course: what the learner built, how it went, and where to go next. */
import type { Course } from "../course/course";
import { plural } from "./format";
import type { CourseRecord } from "../workspace/progress";
import type { Style } from "./style";


export function renderEpilogue(course: Course, record: CourseRecord, s: Style): string {
  const out: string[] = [`${s.green("✓")} ${s.bold(`You have finished ${course.title}.`)}`, "", s.bold("What you built, from scratch:")];
  let topicId = "";
  for (const b of record.built) {
    if (b.topic.id !== topicId) {
      topicId = b.topic.id;
      out.push(`  ${s.cyan(b.topic.id)} ${s.dim(`(latutor lesson ${b.topic.id})`)}`);
    }
    out.push(`    ${b.title}: ${b.exports.join(", ")}`);
  }
  const span = record.days > 0 ? `${plural(record.days, "day")} and ${plural(record.hours, "hour")}` : plural(record.hours, "hour");
  out.push(
    "",
    s.bold("How it went:"),
    `  ${plural(record.built.length, "exercise")} in ${plural(course.topics.length, "topic")}, over ${span} from your first lesson to your last pass`,
    `  ${plural(record.attempts, "check")} in all, ${plural(record.hintsShown, "hint")} asked for`,
    `  ${plural(record.challengesMet, "going-deeper challenge")} met ★${record.challengesOpen ? `, ${record.challengesOpen} still open (latutor list shows them)` : ""}`,
  );
  if (course.epilogue.length) {
    out.push("", s.bold("Where to go next:"), ...course.epilogue.map((line) => `  · ${line}`));
  }
  return out.join("\n");
}
