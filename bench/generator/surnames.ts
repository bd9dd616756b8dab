/**
 * Family names for the long tail of people in the news. Place names, agency words and the surnames of
 * known public figures are left out, so a generated person never reads as a place or a famous person.
 */
export const SURNAMES: readonly string[] = (
  'Abernathy Acosta Aguilar Alvarado Ambrose Archuleta Arellano Avila Baca Baird Baldwin Barrera Beltran Benavides ' +
  'Bishop Blackwell Bowen Bradshaw Brennan Briggs Burch Calderon Camacho Cardenas Carrillo Castaneda Castillo ' +
  'Cervantes Chavez Coleman Contreras Corbett Cortez Crandall Crowley Dalton Delgado Dominguez Donnelly Duarte ' +
  'Dunbar Ellison Escobar Espinoza Estrada Fahey Farrell Fitzgerald Flores Fontaine Foley Fuentes Gallagher Gallegos ' +
  'Galvan Garrity Gentry Gillespie Gonzales Greer Guerrero Gutierrez Haley Halvorsen Hammond Hargrove Hendricks ' +
  'Herrera Hoffman Holloway Huerta Ibarra Jaramillo Keller Kendrick Kowalski Lambert Langford Larkin Lozano Lucero ' +
  'Macias Maldonado Mancuso Marquez McAllister McCormick McGrath Medina Mejia Mendoza Merritt Molina Montoya Morales ' +
  'Moreno Mulligan Navarro Nolan Novak Nunez Ochoa Olvera Ortega Padilla Pacheco Pendleton Pennington Pruitt Quintana ' +
  'Ramirez Randolph Reyes Rios Rocha Romero Rosales Salazar Sandoval Santana Schaefer Serrano Shapiro Sheridan Solis ' +
  'Sotelo Stanton Sullivan Tafoya Thornton Trujillo Underwood Valdez Valencia Vargas Velasquez Villarreal ' +
  'Wallace Whitaker Whitfield Yates Zamora Zavala Zimmerman'
)
  .split(/\s+/)
  .filter(Boolean);
