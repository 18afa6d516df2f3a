import EmbedCard from './EmbedCard.astro';
import ExampleDiagram from './ExampleDiagram.astro';
import LocalRun from './LocalRun.astro';
import Notes from './Notes.astro';
import Slide from './Slide.astro';
import WizardLink from './WizardLink.astro';

/** The tags a training module's MDX may use without importing anything. */
export const TRAINING_MDX_COMPONENTS = { Slide, Notes, EmbedCard, ExampleDiagram, WizardLink, LocalRun };
