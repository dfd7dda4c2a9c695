// Questions in the analyst's terms — what constrains X (on issue Y), who supports / opposes Y, path from X to Z —
// asked through /api/ask/*; the answer is listed with its evidence and the Cypher it ran, and highlighted in the graph.
import type { AskResponse } from "../../../src/model/api.ts";
import { RELATIONS, type Relation } from "../../../src/model/vocabulary.ts";
import { describeEdge, nameOf, plural } from "../model/format.ts";
import { RELATION_COLORS, RELATION_LABELS } from "../model/palette.ts";
import type { AnswerStatus } from "../session.ts";
import { DEFAULT_HOPS, MAX_HOPS, type Question, type QuestionKind } from "../state/question/index.ts";
import { button, el, replaceChildren, uniqueId, type Child } from "../ui/dom.ts";
import { createAutocomplete, type Autocomplete } from "./autocomplete.ts";
import type { PanelContext } from "./context.ts";
import { edgeBlock, relationChip } from "./evidence.ts";

const KIND_TITLES: Record<QuestionKind, string> = {
  constrains: "What constrains…",
  positions: "Who supports / opposes…",
  path: "Path from… to…",
};

export function mountAskPanel(ctx: PanelContext): { element: HTMLElement; badge(): string } {
  const { session, actions } = ctx;
  let kind: QuestionKind = session.store.get().question.current?.kind ?? "constrains";

  const field = (label: string, control: HTMLElement, id: string) => el("div", { class: "field" }, el("label", { class: "field-label", attrs: { for: id }, text: label }), control);

  const issueSelect = (label: string, allowAny: boolean) => {
    const id = uniqueId("issue");
    const select = el(
      "select",
      { attrs: { id } },
      allowAny ? el("option", { attrs: { value: "" }, text: "any issue" }) : null,
      ...session.meta.issues.map((issue) => el("option", { attrs: { value: issue.id }, text: issue.name })),
    );
    return { select, element: field(label, select, id) };
  };

  const hopsSelect = (label: string, max: number, fallback: number) => {
    const id = uniqueId("hops");
    const select = el("select", { attrs: { id } }, ...Array.from({ length: max }, (_, i) => el("option", { attrs: { value: String(i + 1) }, text: String(i + 1) })));
    select.value = String(fallback);
    return { select, element: field(label, select, id) };
  };

  const relationChecks = (legend: string) => {
    const inputs = new Map<Relation, HTMLInputElement>();
    const element = el(
      "fieldset",
      { class: "inline-checks" },
      el("legend", { class: "field-label", text: legend }),
      ...RELATIONS.map((relation) => {
        const id = uniqueId("rel");
        const input = el("input", { attrs: { type: "checkbox", id, checked: true } });
        inputs.set(relation, input);
        return el("label", { class: "check", attrs: { for: id } }, input, el("span", { class: "swatch line", attrs: { "aria-hidden": "true", style: `--swatch:${RELATION_COLORS[relation]}` } }), RELATION_LABELS[relation].verb);
      }),
    );
    const read = () => RELATIONS.filter((r) => inputs.get(r)?.checked);
    const write = (list: readonly Relation[]) => {
      for (const [relation, input] of inputs) input.checked = list.includes(relation);
    };
    return { element, read, write };
  };

  const actor = (label: string): Autocomplete => createAutocomplete({ label, placeholder: "a name, e.g. Trump", visibleLabel: true, onPick: () => undefined });
  const anyNode = (label: string): Autocomplete => createAutocomplete({ label, placeholder: "an actor or an issue", visibleLabel: true, onPick: () => undefined });

  // What constrains X (on Y)?
  const cTarget = actor("Actor");
  const cIssue = issueSelect("On issue", true);
  const cHops = hopsSelect("Chain length (hops)", MAX_HOPS.constrains, DEFAULT_HOPS.constrains);
  // Who supports / opposes Y?
  const pIssue = issueSelect("Issue", false);
  const pRelations = relationChecks("Relations");
  // Path from X to Z.
  const pathFrom = anyNode("From");
  const pathTo = anyNode("To");
  const pathTypes = relationChecks("Through");
  const pathIssue = issueSelect("On issue", true);
  const pathHops = hopsSelect("At most (hops)", MAX_HOPS.path, DEFAULT_HOPS.path);

  const formError = el("p", { class: "error", attrs: { role: "alert" } });
  formError.hidden = true;

  const fields: Record<QuestionKind, HTMLElement> = {
    constrains: el("div", { class: "question-fields" }, cTarget.element, cIssue.element, cHops.element),
    positions: el("div", { class: "question-fields" }, pIssue.element, pRelations.element),
    path: el("div", { class: "question-fields" }, pathFrom.element, pathTo.element, pathTypes.element, pathIssue.element, pathHops.element),
  };

  const read = (): Question | string => {
    if (kind === "constrains") {
      const target = cTarget.value();
      if (!target) return "Name the actor that is constrained.";
      return { kind, target, issue: cIssue.select.value || null, hops: Number(cHops.select.value) };
    }
    if (kind === "positions") {
      if (!pIssue.select.value) return "Choose an issue.";
      const relations = pRelations.read();
      return { kind, issue: pIssue.select.value, relations: relations.length ? relations : [...RELATIONS] };
    }
    const from = pathFrom.value();
    const to = pathTo.value();
    if (!from || !to) return "Name both ends of the path.";
    const types = pathTypes.read();
    return { kind, from, to, types: types.length ? types : [...RELATIONS], issue: pathIssue.select.value || null, hops: Number(pathHops.select.value) };
  };

  const write = (question: Question) => {
    setKind(question.kind);
    if (question.kind === "constrains") {
      cTarget.setValue(session.dataset.graph.hasNode(question.target) ? session.nameOf(question.target) : question.target, session.dataset.graph.hasNode(question.target) ? question.target : null);
      cIssue.select.value = question.issue && session.meta.issues.some((i) => i.id === question.issue) ? question.issue : "";
      cHops.select.value = String(question.hops);
    } else if (question.kind === "positions") {
      pIssue.select.value = question.issue;
      pRelations.write(question.relations);
    } else {
      const set = (ac: Autocomplete, value: string) => ac.setValue(session.dataset.graph.hasNode(value) ? session.nameOf(value) : value, session.dataset.graph.hasNode(value) ? value : null);
      set(pathFrom, question.from);
      set(pathTo, question.to);
      pathTypes.write(question.types);
      pathIssue.select.value = question.issue ?? "";
      pathHops.select.value = String(question.hops);
    }
  };

  const kindName = uniqueId("qkind");
  const kindInputs = new Map<QuestionKind, HTMLInputElement>();
  const kindChooser = el(
    "div",
    { class: "segmented", attrs: { role: "radiogroup", "aria-label": "Question" } },
    ...(Object.keys(KIND_TITLES) as QuestionKind[]).map((k) => {
      const id = uniqueId("qk");
      const input = el("input", { attrs: { type: "radio", name: kindName, id, value: k }, on: { change: () => setKind(k) } });
      kindInputs.set(k, input);
      return el("label", { attrs: { for: id } }, input, el("span", { text: KIND_TITLES[k] }));
    }),
  );

  function setKind(next: QuestionKind) {
    kind = next;
    for (const [k, input] of kindInputs) input.checked = k === next;
    for (const [k, element] of Object.entries(fields)) element.hidden = k !== next;
    formError.hidden = true;
  }
  setKind(kind);

  const form = el(
    "form",
    {
      class: "ask-form",
      attrs: { "aria-label": "Ask a question" },
      on: {
        submit: (event) => {
          event.preventDefault();
          const question = read();
          if (typeof question === "string") {
            formError.textContent = question;
            formError.hidden = false;
            return;
          }
          formError.hidden = true;
          actions.ask(question);
        },
      },
    },
    kindChooser,
    ...Object.values(fields),
    formError,
    el("div", { class: "action-row" }, el("button", { class: "btn primary", attrs: { type: "submit" }, text: "Ask" })),
  );

  const answerHost = el("section", { class: "answer", attrs: { "aria-live": "polite", "aria-label": "Answer" } });

  const renderAnswer = (answer: AnswerStatus) => {
    if (answer.status === "idle") return replaceChildren(answerHost);
    if (answer.status === "loading") return replaceChildren(answerHost, el("p", { class: "loading", text: "Asking…" }));
    if (answer.status === "error") {
      return replaceChildren(answerHost, el("p", { class: "error", attrs: { role: "alert" }, text: answer.error.message }), button("Clear", () => actions.clearQuestion(), { class: "btn small" }));
    }
    replaceChildren(answerHost, ...answerView(answer.response, ctx));
  };

  session.onAnswer(renderAnswer);
  let lastQuestion: Question | null = null;
  session.store.subscribe((state) => {
    const question = state.question.current;
    if (question && question !== lastQuestion) write(question);
    lastQuestion = question;
  });
  const initial = session.store.get().question.current;
  if (initial) {
    write(initial);
    lastQuestion = initial;
  }
  renderAnswer(session.answer());

  return { element: el("div", { class: "ask-panel" }, form, answerHost), badge: () => (session.store.get().question.current ? "1" : "") };
}

function answerView(response: AskResponse, ctx: PanelContext): Child[] {
  const { actions, camera } = ctx;
  const names = response.names;
  const link = (id: string) => button(nameOf(names, id), () => actions.selectNode(id, { centre: true }), { class: "node-link" });
  const answers = response.answers.map((answer, i) =>
    el(
      "li",
      { class: "answer-item" },
      el("h4", {}, el("span", { class: "answer-index", text: `${i + 1}` }), answer.title),
      el(
        "ol",
        { class: "edge-list chain" },
        ...answer.edges.map((edge) =>
          edgeBlock(
            edge,
            el("p", { class: "edge-title", attrs: { title: describeEdge(edge, names) } }, link(edge.source), " ", relationChip(edge.type), " ", link(edge.target), edge.issue && edge.issue !== edge.target ? ` on ${nameOf(names, edge.issue)}` : ""),
            ctx.openArticle,
            (key) => actions.selectEdge(key),
          ),
        ),
      ),
    ),
  );
  return [
    el("h3", { class: "answer-question", text: response.question }),
    el(
      "div",
      { class: "action-row" },
      el("span", { class: "muted", text: plural(response.answers.length, "answer") }),
      response.highlight.nodes.length ? button("Zoom to answer", () => camera.fitNodes(response.highlight.nodes), { class: "btn small" }) : null,
      button("Clear", () => actions.clearQuestion(), { class: "btn small" }),
    ),
    answers.length ? el("ol", { class: "answers" }, ...answers) : el("p", { class: "empty", text: "Nothing in the graph says so." }),
    el(
      "details",
      { class: "cypher-shown" },
      el("summary", {}, "The Cypher it ran ", el("code", { text: response.query })),
      el("pre", {}, el("code", { text: response.cypher.trim() })),
      el("p", { class: "muted small", text: "Parameters" }),
      el("pre", {}, el("code", { text: JSON.stringify(response.params, null, 2) })),
    ),
  ];
}
