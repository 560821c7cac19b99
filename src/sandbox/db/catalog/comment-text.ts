import type { Rng } from '../rng'

/** Generated shouts: markdown, inline spoilers and emoji short codes, as Trakt users write them. */
const SHOUTS = [
  'This was **so much better** than I expected :smiley:',
  'Honestly the soundtrack alone is worth it. :raised_hands: Go in blind if you can.',
  "Can't believe how it ended. [spoiler]The mentor was the traitor all along![/spoiler] Still thinking about it.",
  'Rewatched it last night and it *still* holds up. Great cast, great pacing.',
  'Things I loved:\n\n- the cinematography\n- the score\n- that final scene :heart_eyes:',
  'Not for me, sadly. The middle act drags and the dialogue felt flat :neutral_face:',
  'If you liked this, check out the [director interview](https://example.com/interview) - it adds a lot of context.',
  'The pacing in this one is perfect. Every scene earns its place :clap:',
  'Wait, [spoiler]they actually killed off the best character?[/spoiler] I need a minute :sob:',
  'Solid **7/10**. Fun ride, forgettable plot, but I would watch a sequel.',
  'That twist in the last ten minutes caught me completely off guard :scream:',
  'My favourite episode of the season, hands down. The writing is sharp and funny.',
  'Three reasons to watch:\n\n1. the performances\n2. the practical effects\n3. the ending :fire:',
  'Beautifully shot but the story never really comes together for me.',
]
const REPLIES = [
  'Totally agree with you on this one :+1:',
  "I don't know, I thought the ending was rushed. Still enjoyed it though.",
  'Thanks for the tip, adding it to my watchlist now!',
  'Same here, I was not ready for that :joy:',
  'Hard disagree, this was the weakest part of the whole thing for me.',
  'Good point about the score, I did not notice that the first time around.',
]
const REVIEW_PARAGRAPHS = [
  'I went into this with modest expectations and came out genuinely impressed. The opening sets up its world with confidence, trusting the audience to keep up instead of explaining every detail, and that trust pays off over and over again as the story unfolds.',
  'The performances are the backbone of the whole thing. The lead carries long stretches with nothing but a look, and the supporting cast gives every minor character a life beyond the scene they are in. There is a **quiet dinner scene** in the middle that is the best acting I have seen all year.',
  'Visually it is stunning. The camera lingers when it should and moves when the tension builds, and the colour palette shifts subtly as the characters change. The score never tells you what to feel, which is rarer than it should be.',
  'It is not perfect. The second act loses some momentum, and one subplot feels like it belonged to a different story entirely. [spoiler]The reveal about the brother also comes far too late to land emotionally.[/spoiler] Those are small complaints against everything it gets right.',
  'What stayed with me most is how it handles grief and hope at the same time without becoming sentimental. The final ten minutes are patient, honest and earned, and I sat through the credits just to stay in that mood a little longer.',
  'Would I recommend it? Absolutely, especially if you enjoy character-driven stories that take their time. Watch it with good sound, put your phone away, and let it work on you. :clap:',
]

export function shoutText(rng: Rng): string {
  return rng.pick(SHOUTS)
}

export function replyText(rng: Rng): string {
  return rng.pick(REPLIES)
}

/** A review of well over 200 words (Trakt marks those as reviews). */
export function reviewText(rng: Rng, title: string): string {
  const body = rng.shuffle(REVIEW_PARAGRAPHS.slice(0, 5)).join('\n\n')
  return `## ${title}\n\n${body}\n\n${REVIEW_PARAGRAPHS[5]}`
}
