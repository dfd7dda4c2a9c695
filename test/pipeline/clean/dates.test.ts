import { describe, expect, it } from "vitest";
import { parseDate } from "../../../src/pipeline/clean/dates.ts";

describe("parseDate", () => {
  it.each([
    ["2017-05-22", "2017-05-22"],
    ["2018-07-17T09:00:00Z", "2018-07-17"],
    ["2018-07-17 09:00", "2018-07-17"],
    ["17.07.2018", "2018-07-17"],
    ["7.3.2019", "2019-03-07"],
    ["17-07-2018", "2018-07-17"],
    ["17/07/2018", "2018-07-17"],
    ["07/17/2018", "2018-07-17"],
    ["July 17, 2018", "2018-07-17"],
    ["Jul. 17, 2018", "2018-07-17"],
    ["Sept 4 2019", "2019-09-04"],
    ["March 3rd, 2019", "2019-03-03"],
    ["16 July 2018", "2018-07-16"],
    ["3 Mar. 2019", "2019-03-03"],
  ])("reads %s as %s", (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it.each(["03/04/2018", "31.06.2018", "2018-13-01", "Smarch 3, 2019", "yesterday", ""])("does not guess %j", (text) => {
    expect(parseDate(text)).toBeNull();
  });
});
