/**
 * Given names that are, in US news, nearly always a woman's or a man's: enough for "she said" to pass over
 * the man named last. A name in neither list leaves the pronoun free to refer to its bearer.
 */
export const FEMININE_GIVEN_NAMES: ReadonlySet<string> = new Set(
  (
    'Ana Anna Ann Anne Maria María Mary Marie Guadalupe Juana Rosa Carmen Gloria Alejandra Veronica Verónica Adriana ' +
    'Claudia Leticia Marisol Yolanda Silvia Lucia Lucía Elena Isabel Sofia Sofía Valeria Daniela Gabriela Mariana Paola ' +
    'Xochitl Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Sara Karen Lisa Nancy Betty Margaret Sandra ' +
    'Ashley Kimberly Emily Donna Michelle Dorothy Carol Amanda Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia ' +
    'Kathleen Amy Angela Shirley Brenda Pamela Emma Nicole Helen Samantha Katherine Kate Christine Debra Rachel Carolyn ' +
    'Janet Catherine Heather Diane Ruth Julie Olivia Joyce Virginia Victoria Kelly Lauren Christina Joan Evelyn Judith ' +
    'Megan Andrea Cheryl Hannah Jacqueline Martha Teresa Madison Frances Kathryn Janice Jean Abigail Alice Judy Sophia ' +
    'Grace Denise Amber Doris Marilyn Danielle Beverly Isabella Theresa Diana Natalie Brittany Charlotte Kayla Lori ' +
    'Kristi Kirstjen Kamala Hillary Tricia Karoline Nikki Alexandria Ilhan Rashida Ayanna Elise Marsha Tammy Kyrsten ' +
    'Clara Jill Tulsi Kari Katie Dana Erin Meghan Molly Caitlin Claire Jane Ellen Eleanor Abby Liz Beth Fatima Aisha ' +
    'Priya Pramila Olga Ivanka Melania Kristen Madeleine Margarita Beatriz Lourdes Esperanza Juliana Monica ' +
    'Mónica Natalia Camila Karla Cecilia Irene Josefina Rocio Rocío Sonia Susana Laurie Wendy Tina Tracy Gina Joanna ' +
    'Maureen Colleen Noreen Kristin Krista Courtney Lindsay Whitney Brooke Hope Faith Joy Rose Ruby Pam Becca'
  )
    .split(/\s+/)
    .filter(Boolean),
);

export const MASCULINE_GIVEN_NAMES: ReadonlySet<string> = new Set(
  (
    'James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark ' +
    'Donald Steven Steve Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Jeff Ryan ' +
    'Jacob Gary Nicholas Nick Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Ben Samuel Sam Gregory Greg ' +
    'Alexander Alex Frank Patrick Raymond Jack Dennis Jerry Tyler Aaron Jose José Adam Nathan Henry Douglas Doug ' +
    'Zachary Peter Kyle Ethan Walter Noah Jeremy Keith Roger Gerald Harold Sean Austin Carl Arthur Lawrence Dylan ' +
    'Jesse Bryan Billy Joe Bruce Gabriel Logan Albert Willie Alan Juan Wayne Elijah Randy Roy Vincent Ralph Eugene ' +
    'Russell Bobby Philip Phil Louis Luther Tom Tim Jim Bob Bill Mike Dan Dave Chris Matt Tony Ted Chuck Rick Ron Rob ' +
    'Todd Rodney Chad Brett Marco Mario Mitch Rand Josh Cory Corey Elon Hakeem Raul Raúl Carlos Luis Jorge Miguel Pedro ' +
    'Francisco Alejandro Javier Fernando Ricardo Eduardo Roberto Manuel Antonio Rafael Sergio Andres Andrés Hector ' +
    'Héctor Oscar Óscar Ramon Ramón Enrique Guillermo Alberto Armando Arturo Salvador Gustavo Julio Cesar César ' +
    'Rodrigo Diego Pablo Ernesto Felipe Gerardo Hugo Ivan Iván Jesus Jesús Joaquin Joaquín Lorenzo Marcos Mauricio ' +
    'Nicolas Nicolás Octavio Rogelio Rolando Ruben Rubén Santiago Tomas Tomás Victor Víctor Xavier Nayib Kilmar ' +
    'Muhammad Mohammed Ahmed Omar Hassan Ibrahim Yusuf Raj Vivek Anand Sanjay Amir Reza Dmitri Vladimir Sergei Andrei ' +
    'Volodymyr Emmanuel Olaf Gavin Jared Barron Hunter Beau Merrick Bennie Eli Emilio Efrain Efraín'
  )
    .split(/\s+/)
    .filter(Boolean),
);
