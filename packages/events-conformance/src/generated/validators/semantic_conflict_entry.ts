// Generated from the published schemas by `pnpm validators:generate`; do not edit.
// A schema layer's ajv validator, compiled ahead of time (tooling/scripts/validators.ts).
// @ts-nocheck
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const validate = validate20;
const schema31 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/semantic_conflict_entry","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Single conflict finding within a semantic check evaluation.","properties":{"description":{"description":"Human-readable explanation of the conflict","title":"Description","type":"string"},"nature":{"description":"Classification of the conflict","enum":["overloaded","drift","ambiguous"],"title":"Nature","type":"string"},"severity":{"description":"Severity level of this conflict","enum":["low","medium","high"],"title":"Severity","type":"string"},"term":{"description":"The conflicting term surface text","minLength":1,"title":"Term","type":"string"}},"required":["term","nature","severity","description"],"title":"SemanticConflictEntry","type":"object"};
const func0 = Object.prototype.hasOwnProperty;
const func72 = require("ajv/dist/runtime/ucs2length").default;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/semantic_conflict_entry" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.term === undefined) || (!(func0.call(data, "term")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "term"},message:"must have required property '"+"term"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.nature === undefined) || (!(func0.call(data, "nature")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "nature"},message:"must have required property '"+"nature"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.severity === undefined) || (!(func0.call(data, "severity")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "severity"},message:"must have required property '"+"severity"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.description === undefined) || (!(func0.call(data, "description")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.description !== undefined && func0.call(data, "description")){
let data0 = data.description;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.description.type,parentSchema:schema31.properties.description,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.nature !== undefined && func0.call(data, "nature")){
let data1 = data.nature;
if(typeof data1 !== "string"){
const err5 = {instancePath:instancePath+"/nature",schemaPath:"#/properties/nature/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.nature.type,parentSchema:schema31.properties.nature,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!(((data1 === "overloaded") || (data1 === "drift")) || (data1 === "ambiguous"))){
const err6 = {instancePath:instancePath+"/nature",schemaPath:"#/properties/nature/enum",keyword:"enum",params:{allowedValues: schema31.properties.nature.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.nature.enum,parentSchema:schema31.properties.nature,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.severity !== undefined && func0.call(data, "severity")){
let data2 = data.severity;
if(typeof data2 !== "string"){
const err7 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.severity.type,parentSchema:schema31.properties.severity,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!(((data2 === "low") || (data2 === "medium")) || (data2 === "high"))){
const err8 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/enum",keyword:"enum",params:{allowedValues: schema31.properties.severity.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.severity.enum,parentSchema:schema31.properties.severity,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.term !== undefined && func0.call(data, "term")){
let data3 = data.term;
if(typeof data3 === "string"){
if(func72(data3) < 1){
const err9 = {instancePath:instancePath+"/term",schemaPath:"#/properties/term/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.term,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/term",schemaPath:"#/properties/term/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.term.type,parentSchema:schema31.properties.term,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"description":true,"nature":true,"severity":true,"term":true},"dynamicProps":false,"dynamicItems":false};
