/**
 * Common given names (US, Hispanic and a few others): a capitalised pair starting with one of these is
 * a person even without a title or a verb of saying nearby.
 */
export const FIRST_NAMES: ReadonlySet<string> = new Set(
  (
    'James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark ' +
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
    'Gavin Jared Ivanka Melania Barron Hunter Beau Jill Merrick Alejandro Kristen Bennie Eli Emilio Efrain Efraín ' +
    'Abel Adrian Alexa Alfred Alfredo Alicia Alison Allison Alvin Amelia Andre Angel Angelica Angie Anita Annie ' +
    'Ariana Arianna Ariel Arnold Audrey Avery Barry Beatriz Becky Bernard Bernie Bethany Betsy Blake Brad ' +
    'Bradley Brandi Brent Bridget Britney Brooke Bryce Caleb Calvin Cameron Camila Candace Cara Carla Caroline ' +
    'Carrie Casey Cassandra Cecilia Celia Charlene Chelsea Chloe Christie Christy Cindy Clarence Clay Clayton ' +
    'Clifford Clint Cody Colin Colleen Connor Courtney Craig Cristina Curtis Damian Damon Darius Darlene Darren ' +
    'Daryl Dean Deanna Debbie Delia Derek Desiree Devin Devon Dolores Dominic Dora Doreen Duane Dustin Dwayne ' +
    'Dwight Earl Eddie Edgar Edith Edwin Eileen Elaine Elias Elliot Elliott Eloise Elsa Emilia Erica Erik Erika ' +
    'Ernest Esther Eva Evan Everett Fabian Felicia Felix Fernanda Fiona Francesca Francine Gail Garrett Gene ' +
    'Geoffrey Gilbert Gina Glen Glenn Gordon Graham Greta Gwen Hailey Hal Haley Hank Harry Harvey Hazel Heidi ' +
    'Herbert Herman Hilary Howard Ian Ignacio Ines Inez Ingrid Irene Iris Irma Isaac Isaiah Ismael Jackie ' +
    'Jackson Jaime Jake Jamal Jamie Jana Janelle Jasmine Jay Jayden Jeanne Jeannie Jenna Jennie Jenny Jeremiah ' +
    'Jermaine Jerome Jessie Jimmy Joanna Joanne Joel Joey Johanna Johnny Jon Jonah Josefina Juanita Julia Julian ' +
    'Juliana Julius Justine Kaitlyn Karin Karina Karl Katelyn Kathy Katrina Kelsey Ken Kendall Kendra Kenny ' +
    'Kerri Kerry Kim Kirk Kristin Kristina Kurt Lacey Lana Lance Landon Lara Latoya Laurie Leah Leland Lena Leo ' +
    'Leon Leonard Leslie Lester Libby Lillian Lily Lindsay Lionel Lloyd Lois Lonnie Lorena Loretta Lorraine ' +
    'Louise Lucas Lucy Luke Lydia Lynn Mackenzie Madeline Mae Malcolm Mallory Marc Marcia Marcus Margarita ' +
    'Maribel Marina Marion Marisa Marissa Marjorie Marlene Martin Marty Marvin Maureen Maxine Maya Melanie ' +
    'Melinda Melvin Mercedes Micah Michele Miles Milton Mindy Miranda Miriam Misty Mitchell Monica Monique Moses ' +
    'Myra Nadia Naomi Natalia Nathaniel Neal Neil Nina Noel Nora Norma Norman Oliver Orlando Owen Patrice Patsy ' +
    'Paula Pauline Peggy Penny Percy Perry Pete Phyllis Preston Quentin Quinn Rachael Ramiro Randall Randolph ' +
    'Raquel Rebekah Regina Reginald Rene Renee Rhonda Ricky Riley Rita Roberta Robin Rochelle Rocio Roderick ' +
    'Rodolfo Ronnie Rosalie Rosario Roxanne Ruby Rudy Russ Sabrina Sally Salma Sammy Sandy Sasha Selena Seth ' +
    'Shane Shannon Shawn Sheila Shelby Shelley Sherri Sherry Sidney Simon Sonia Sonya Spencer Stacey Stacy ' +
    'Stanley Stella Stuart Susana Suzanne Sylvia Tamara Tanya Tara Terrence Thelma Theodore Tiffany Tina Toby ' +
    'Tommy Tonya Tracey Tracy Travis Trent Trevor Troy Tyrone Valerie Vanessa Vera Vernon Vicki Vickie Vicky ' +
    'Vince Viola Violet Virgil Vivian Wade Wallace Walt Warren Wendy Wesley Whitney Wilbur Wilfredo Willard ' +
    'Wilma Yesenia Yvette Yvonne Zach Zoe Kwame Rashad Tyrell DeShawn Jacinto Gisela Ximena Marisela Norberto ' +
    'Heriberto'
  )
    .split(/\s+/)
    .filter(Boolean),
);
