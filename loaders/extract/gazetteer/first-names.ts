/**
 * Common given names (US, Hispanic and a few others): a capitalised pair starting with one of these is
 * a person even without a title or a verb of saying nearby.
 */
export const FIRST_NAMES: ReadonlySet<string> = new Set(
  ('James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark ' +
    'Donald Steven Steve Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Jeff Ryan ' +
    'Jacob Gary Nicholas Nick Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Ben Samuel Sam Gregory Greg ' +
    'Alexander Alex Frank Patrick Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Douglas Doug Zachary ' +
    'Peter Kyle Ethan Walter Noah Jeremy Christian Keith Roger Terry Gerald Harold Sean Austin Carl Arthur Lawrence ' +
    'Dylan Jesse Jordan Bryan Billy Joe Bruce Gabriel Logan Albert Willie Alan Juan Wayne Elijah Randy Roy Vincent ' +
    'Ralph Eugene Russell Bobby Mason Philip Phil Louis Luther Tom Tim Jim Bob Bill Mike Dan Dave Chris Matt Tony ' +
    'Ted Chuck Rick Ron Rob Todd Tod Rodney Chad Brett Bret Marco Mario Mitch Lindsey Rand Ted Josh Cory Corey Elon ' +
    'Hakeem Raul Raúl Carlos Luis Jorge Miguel Pedro Francisco Alejandro Javier Fernando Ricardo Eduardo Roberto ' +
    'Manuel Antonio Rafael Sergio Andres Andrés Hector Héctor Oscar Óscar Ramon Ramón Enrique Guillermo Alberto ' +
    'Armando Arturo Salvador Gustavo Julio Cesar César Rodrigo Diego Pablo Ernesto Felipe Gerardo Hugo Ivan Iván ' +
    'Jesus Jesús Joaquin Joaquín Lorenzo Marcos Mauricio Nicolas Nicolás Octavio Rogelio Rolando Ruben Rubén Santiago ' +
    'Tomas Tomás Victor Víctor Xavier Nayib Kilmar Ana Maria María Guadalupe Lupe Juana Rosa Carmen Gloria Alejandra ' +
    'Veronica Verónica Adriana Claudia Leticia Marisol Yolanda Silvia Lucia Lucía Elena Isabel Sofia Sofía Valeria ' +
    'Daniela Gabriela Mariana Paola Xochitl Xóchitl Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica ' +
    'Sarah Karen Lisa Nancy Betty Margaret Sandra Ashley Kimberly Emily Donna Michelle Dorothy Carol Amanda Melissa ' +
    'Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Pam Emma Nicole ' +
    'Helen Samantha Katherine Kate Christine Debra Rachel Carolyn Janet Catherine Heather Diane Ruth Julie Olivia ' +
    'Joyce Virginia Victoria Kelly Lauren Christina Joan Evelyn Judith Megan Andrea Cheryl Hannah Jacqueline Martha ' +
    'Gloria Teresa Ann Sara Madison Frances Kathryn Janice Jean Abigail Alice Judy Sophia Grace Denise Amber Doris ' +
    'Marilyn Danielle Beverly Isabella Theresa Diana Natalie Brittany Charlotte Marie Kayla Alexis Lori Kristi ' +
    'Kirstjen Kamala Hillary Tricia Karoline Nikki Alexandria Ilhan Rashida Ayanna Elise Marsha Tammy Krysten Kyrsten ' +
    'Clara Jill Tulsi Kari Katie Dana Erin Meghan Molly Caitlin Claire Jane Ellen Eleanor Abby Becca Liz Beth ' +
    'Muhammad Mohammed Ahmed Ali Omar Hassan Ibrahim Yusuf Fatima Aisha Wei Li Ming Chen Raj Priya Vivek Ro Pramila ' +
    'Anand Sanjay Amir Reza Dmitri Vladimir Olga Ivan Sergei Andrei Volodymyr Emmanuel Angela Olaf Justin Gavin ' +
    'Gavin Jared Ivanka Melania Barron Hunter Beau Jill Merrick Alejandro Kristen Bennie Eli Emilio Efrain Efraín')
    .split(/\s+/)
    .filter(Boolean),
);
