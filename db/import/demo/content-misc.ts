/** Text for the root page, the hubs, the Social and Archive pages and the database templates. */

export const ROOT_INTRO =
  "CADENCE was our student 3U CubeSat: a four-band camera in a 550 km sun-synchronous orbit, built by about twenty-five students between 2024 and 2025. This workspace is what the team used day to day. It is kept as a record of how the satellite was built.";

export const HUB_INTROS = {
  programManagement: "Work packages of the whole program, with owners, status and timelines. The board below is the one we went through at every all-hands.",
  engineering: "One page per subsystem, each with its analyses, test reports and interface control documents.",
  workflows: "How we do things: joining the team, releasing flight software.",
  archive: "Pages from the 2024 concept phase, kept for reference. Nothing here is current.",
  social: "Everything that is not the satellite.",
} as const;

/** Titles of the 50 Social pages: chosen so none contains a category keyword. */
export const SOCIAL_TITLES: readonly string[] = [
  "Lunch orders", "Launch party ideas", "Photo dump", "Hoodie order", "Pizza night poll",
  "Bowling night", "Secret Santa 2024", "Secret Santa 2025", "Hiking trip to the lakes", "Board game evening",
  "Birthday calendar", "Coffee fund", "Playlist for the lab", "Recipes from the potluck", "Potluck sign-up",
  "Summer barbecue", "Graduation gifts", "Farewell card for Maya", "Stickers and patches", "Mug artwork vote",
  "Movie night picks", "Climbing gym Thursdays", "Football five-a-side", "Quiz night answers", "Karaoke setlist",
  "Carpool to the launch site", "Hotel options near the launch site", "Launch day snacks", "Launch livestream watch party", "Lab plant watering rota",
  "Fridge etiquette", "Lost and found", "Holiday dates", "Exam season quiet hours", "Welcome breakfast",
  "Thank-you notes for sponsors", "Poster for the open day", "Open day volunteers", "Craft fair stand", "School visit ideas",
  "Mascot name ideas", "Patch vote results", "Podcast recommendations", "Conference trip memories", "Best bloopers",
  "Cake rota", "Ice cream run", "New year resolutions", "Bike repair tips", "Scavenger hunt clues",
];

const SOCIAL_LINES: readonly string[] = [
  "Add your name and what you want below, we order at 12:30.",
  "Pictures are in the shared album, add yours!",
  "Vote with an emoji next to your favourite.",
  "Bring something to share if you can. Vegetarian options please.",
  "Costs split evenly, pay back by the end of the month.",
  "Meet at the main entrance at 18:00.",
  "Suggestions welcome, the list closes on Friday.",
  "Thanks to everyone who helped out!",
];

export function socialBody(index: number): string {
  const first = SOCIAL_LINES[index % SOCIAL_LINES.length]!;
  const second = SOCIAL_LINES[(index * 3 + 1) % SOCIAL_LINES.length]!;
  const items = ["- ", "- ", "- "].map((dash, k) => `${dash}idea ${index + 1}.${k + 1}`);
  return [first, items.join("\n"), second].join("\n\n");
}

/** Reading List rows: [title, author(s)]. 81 entries, no category keywords in the titles. */
export const READING_LIST: readonly (readonly [string, string])[] = [
  ["The Right Stuff", "Tom Wolfe"], ["Packing for Mars", "Mary Roach"], ["Hidden Figures", "Margot Lee Shetterly"],
  ["Lost Moon", "Jim Lovell, Jeffrey Kluger"], ["Carrying the Fire", "Michael Collins"], ["Endurance", "Scott Kelly"],
  ["The Martian", "Andy Weir"], ["Contact", "Carl Sagan"], ["Pale Blue Dot", "Carl Sagan"], ["Cosmos", "Carl Sagan"],
  ["A Brief History of Time", "Stephen Hawking"], ["The Soul of a New Machine", "Tracy Kidder"], ["Skunk Works", "Ben R. Rich, Leo Janos"],
  ["Liftoff", "Eric Berger"], ["Reentry", "Eric Berger"], ["Failure Is Not an Option", "Gene Kranz"],
  ["Digital Apollo", "David A. Mindell"], ["Sunburst and Luminary", "Don Eyles"], ["The Dream Machine", "M. Mitchell Waldrop"],
  ["The Pragmatic Programmer", "Andrew Hunt, David Thomas"], ["Thinking, Fast and Slow", "Daniel Kahneman"], ["The Mythical Man-Month", "Frederick P. Brooks Jr."],
  ["Deep Work", "Cal Newport"], ["Atomic Habits", "James Clear"], ["The Three-Body Problem", "Cixin Liu"],
  ["Seveneves", "Neal Stephenson"], ["Children of Time", "Adrian Tchaikovsky"], ["2001: A Space Odyssey", "Arthur C. Clarke"],
  ["Rendezvous with Rama", "Arthur C. Clarke"], ["The Moon Is a Harsh Mistress", "Robert A. Heinlein"], ["Red Mars", "Kim Stanley Robinson"],
  ["Leviathan Wakes", "James S. A. Corey"], ["Dune", "Frank Herbert"], ["Foundation", "Isaac Asimov"],
  ["Ender's Game", "Orson Scott Card"], ["The Dispossessed", "Ursula K. Le Guin"], ["The Left Hand of Darkness", "Ursula K. Le Guin"],
  ["Surely You're Joking, Mr. Feynman!", "Richard P. Feynman"], ["The Feynman Lectures on Physics", "Richard P. Feynman, Robert B. Leighton, Matthew Sands"], ["Six Easy Pieces", "Richard P. Feynman"],
  ["Gödel, Escher, Bach", "Douglas Hofstadter"], ["Chaos", "James Gleick"], ["The Information", "James Gleick"],
  ["The Code Book", "Simon Singh"], ["Fermat's Last Theorem", "Simon Singh"], ["The Emperor's New Mind", "Roger Penrose"],
  ["The Elegant Universe", "Brian Greene"], ["Seven Brief Lessons on Physics", "Carlo Rovelli"], ["The Order of Time", "Carlo Rovelli"],
  ["Shoot for the Moon", "James Donovan"], ["Rocket Boys", "Homer Hickam"], ["Ignition!", "John D. Clark"],
  ["Into the Black", "Rowland White"], ["Riding Rockets", "Mike Mullane"], ["Spaceman", "Mike Massimino"],
  ["On Computable Numbers, with an Application to the Entscheidungsproblem", "Alan Turing"], ["Computing Machinery and Intelligence", "Alan Turing"],
  ["Time, Clocks, and the Ordering of Events in a Distributed System", "Leslie Lamport"], ["The Byzantine Generals Problem", "Leslie Lamport, Robert Shostak, Marshall Pease"],
  ["Reflections on Trusting Trust", "Ken Thompson"], ["No Silver Bullet", "Frederick P. Brooks Jr."], ["Go To Statement Considered Harmful", "Edsger W. Dijkstra"],
  ["The Humble Programmer", "Edsger W. Dijkstra"], ["As We May Think", "Vannevar Bush"], ["Cramming More Components onto Integrated Circuits", "Gordon E. Moore"],
  ["The Cathedral and the Bazaar", "Eric S. Raymond"], ["Out of the Tar Pit", "Ben Moseley, Peter Marks"], ["Why Johnny Can't Encrypt", "Alma Whitten, J. D. Tygar"],
  ["Surfaces and Essences", "Douglas Hofstadter, Emmanuel Sander"], ["More Is Different", "P. W. Anderson"], ["The Tyranny of the Rocket Equation", "Don Pettit"],
  ["Normal Accidents", "Charles Perrow"], ["The Challenger Launch Decision", "Diane Vaughan"], ["Range", "David Epstein"],
  ["The Checklist Manifesto", "Atul Gawande"], ["Thinking in Systems", "Donella H. Meadows"], ["Moonwalking with Einstein", "Joshua Foer"],
  ["Station Eleven", "Emily St. John Mandel"], ["Neuromancer", "William Gibson"], ["Longitude", "Dava Sobel"],
  ["The Idea Factory", "Jon Gertner"],
];

export function readingBody(index: number): string {
  const notes = [
    "Recommended at the all-hands. Copies in the lab bookshelf.",
    "Short, worth it. Chapter 3 is the best part.",
    "Borrowed from the library, due back in three weeks.",
    "Good for the train ride to the launch site.",
    "Classic. Everybody should read at least the first half.",
  ];
  return notes[index % notes.length]!;
}

/** The 40 pages kept loose in the Archive: 20 old meeting notes and 20 old documents. */
export function archivePageTitles(): string[] {
  const meetings = [
    "Kickoff", "Concept brainstorm", "Orbit options chat", "Sponsor call", "Lab tour debrief",
    "Name vote", "Recruiting evening", "Supervisor intro", "Budget first pass", "Launch broker calls",
  ].flatMap((name) => [`${name} notes 2024`, `${name} follow-up 2024`]);
  const docs = [
    "Mission concept v0", "Mission concept v1", "Early mass estimate", "Early power estimate", "First link estimate",
    "Camera ideas 2024", "Orbit options 2024", "Launch broker comparison", "Lab inventory 2024", "Sponsor letter draft",
    "Outreach ideas 2024", "Logo sketches", "Old requirements list", "Old interface sketch", "Parts wishlist 2024",
    "Competition entry 2024", "Supervisor feedback 2024", "Reading notes 2024", "Risk ideas 2024", "Kickoff slides outline",
  ];
  return [...meetings, ...docs];
}

export function archiveBody(title: string, index: number): string {
  const lines = [
    "Kept for reference; superseded by the pages in Engineering and Program Management.",
    "Rough notes from the concept phase, not reviewed.",
    "Copied over from the old shared drive in January 2025.",
    "Most of this was decided differently later.",
  ];
  return `${lines[index % lines.length]!}\n\n- ${title.toLowerCase()}: see the 2024 folder on the shared drive`;
}

export const TASK_TEMPLATES: readonly { title: string; properties: readonly (readonly [string, string])[]; body: string }[] = [
  {
    title: "New task",
    properties: [["Status", "Not started"], ["Priority", "Medium"]],
    body: "## What needs to happen\n\nDescribe the task in one or two sentences.\n\n## Done when\n\n- [ ]  \n- [ ]  ",
  },
  {
    title: "Bug report",
    properties: [["Status", "To do"], ["Priority", "High 🔥"]],
    body: "## What happened\n\n\n## Steps to reproduce\n\n1. \n2. \n\n## Expected\n\n\n## Build / hardware\n\nBranch, commit and which stack (EM or FM).",
  },
];
